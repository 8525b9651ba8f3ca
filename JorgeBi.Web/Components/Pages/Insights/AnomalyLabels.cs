using JorgeBi.Core.Insights;

namespace JorgeBi.Web.Components.Pages.Insights;

/// <summary>The watched metrics' names and chart formats, from <see cref="AnomalyMetric.All"/>.</summary>
public static class AnomalyLabels
{
    public static string Of(string kpi) => AnomalyMetric.All.FirstOrDefault(m => m.Kpi == kpi)?.Label ?? kpi;

    public static string ChartFormat(string kpi) => kpi switch
    {
        Core.Kpis.Kpi.BotSuccessRate => Charts.ApexFormatter.Percent,
        Core.Kpis.Kpi.P95ResponseTimeMs => Charts.ApexFormatter.Milliseconds,
        Core.Kpis.Kpi.JorgeCommission => Charts.ApexFormatter.Currency,
        _ => Charts.ApexFormatter.Number,
    };
}
