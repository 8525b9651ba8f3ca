using System.Globalization;
using JorgeBi.Core.Kpis;

namespace JorgeBi.Web.Components.Shared;

/// <summary>How each KPI is displayed: one place, so cards, tables and tooltips agree. Money is USD.</summary>
public static class Formats
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string KpiValue(string name, double? value) => value is not { } v ? "–" : name switch
    {
        Kpi.ConversionRate or Kpi.BotSuccessRate or Kpi.HandoffRate or Kpi.CommissionTargetProgress => Percent(v),
        Kpi.Revenue or Kpi.JorgeCommission or Kpi.AvgDealSize or Kpi.PipelineValue or Kpi.WeightedPipelineCommission => Money(v),
        Kpi.AvgResponseTimeMs or Kpi.P95ResponseTimeMs or Kpi.MlResponseTimeMs => Milliseconds(v),
        Kpi.SpeedToLeadS => Seconds(v),
        _ => v.ToString("N0", Invariant),
    };

    public static string Money(double v) => v < 0 ? "-" + Money(-v) : "$" + v.ToString("N0", Invariant);
    public static string Money(decimal v) => Money((double)v);
    public static string Percent(double fraction) => (fraction * 100).ToString("0.0", Invariant) + " %";
    public static string Milliseconds(double v) => v.ToString("0.#", Invariant) + " ms";
    public static string Seconds(double v) => v < 120 ? v.ToString("0", Invariant) + " s" : (v / 60).ToString("0.#", Invariant) + " min";
    /// <summary>"just now", "42 s ago", "7 min ago", "3 h ago", "2 d ago": how long before <paramref name="now"/>.</summary>
    public static string Ago(DateTimeOffset at, DateTimeOffset now)
    {
        var age = now - at;
        return age.TotalSeconds switch
        {
            < 5 => "just now",
            < 60 => $"{(int)age.TotalSeconds} s ago",
            < 3600 => $"{(int)age.TotalMinutes} min ago",
            < 86400 => $"{(int)age.TotalHours} h ago",
            _ => $"{(int)age.TotalDays} d ago",
        };
    }

    public static string Change(double? percent) => percent is not { } p ? "–" : (p > 0 ? "+" : "") + p.ToString("0.0", Invariant) + " %";
}
