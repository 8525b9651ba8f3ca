using JorgeBi.Core.Analytics;
using JorgeBi.Core.DrillDown;

namespace JorgeBi.Web.Components.Pages.Executive;

/// <summary>
/// A card of the executive page: which KPI, its human title, which way is good, and where a
/// click leads. <see cref="Drill"/> holds the drill-down query (component, metric, filters).
/// </summary>
public sealed record ExecutiveCard(string Name, string Label, bool HigherIsBetter, string Path, IReadOnlyDictionary<string, string?> Drill);

/// <summary>The cards in reading order: volume, then quality against targets, then money.</summary>
public static class ExecutiveCards
{
    public const string LeadsPage = "/leads";

    // Open deals have no drill-down rows (the drill-down lists leads, conversations and closed
    // deals), so the pipeline cards open the commissions page instead.
    public const string CommissionsPage = "/commissions";

    public static readonly IReadOnlyList<ExecutiveCard> All =
    [
        Drill(Kpi.TotalLeads, "Leads", DrillDownComponents.Leads, Kpi.TotalLeads),
        Drill(Kpi.QualifiedLeads, "Qualified leads", DrillDownComponents.Leads, DrillDownComponents.QualifiedLeadsMetric),
        Drill(Kpi.LeadsWithTemperature("hot"), "Hot leads", DrillDownComponents.Leads, Kpi.TotalLeads, (DrillDownFilters.TemperatureName, "hot")),
        Drill(Kpi.AppointmentsScheduled, "Appointments", DrillDownComponents.Leads, Kpi.TotalLeads),
        Drill(Kpi.DealsClosed, "Deals closed", DrillDownComponents.Revenue, Kpi.DealsClosed),
        Drill(Kpi.ConversionRate, "Conversion rate", DrillDownComponents.Conversion, Kpi.ConversionRate),
        Drill(Kpi.BotSuccessRate, "Bot success rate", DrillDownComponents.Bots, Kpi.BotSuccessRate),
        Drill(Kpi.MlResponseTimeMs, "ML response time (p95)", DrillDownComponents.Bots, Kpi.P95ResponseTimeMs, (DrillDownFilters.BotIdName, "intent-decoder")) with { HigherIsBetter = false },
        Drill(Kpi.JorgeCommission, "Commission", DrillDownComponents.Revenue, Kpi.JorgeCommission),
        Drill(Kpi.CommissionTargetProgress, "Monthly target progress", DrillDownComponents.Revenue, Kpi.JorgeCommission),
        new(Kpi.PipelineValue, "Pipeline value", true, CommissionsPage, new Dictionary<string, string?>()),
        new(Kpi.WeightedPipelineCommission, "Weighted pipeline commission", true, CommissionsPage, new Dictionary<string, string?>()),
    ];

    /// <summary>The drill-down of the leads page for a temperature slice of the donut.</summary>
    public static IReadOnlyDictionary<string, string?> Temperature(string temperature) => new Dictionary<string, string?>
    {
        ["component"] = DrillDownComponents.Leads,
        [DrillDownFilters.TemperatureName] = temperature,
    };

    /// <summary>"Target > 4.0 %", "Target < 25 ms"; the progress target is the month's pace so far.</summary>
    public static string? TargetLabel(string name, KpiTarget? target) => (name, target) switch
    {
        (_, null) => null,
        (Kpi.CommissionTargetProgress, { } t) => $"Pace today {Shared.Formats.Percent(t.Target)}",
        (Kpi.MlResponseTimeMs, { } t) => $"Target < {Shared.Formats.KpiValue(name, t.Target)}",
        (_, { } t) => $"Target > {Shared.Formats.KpiValue(name, t.Target)}",
    };

    private static ExecutiveCard Drill(string name, string label, string component, string metric, params (string Key, string Value)[] filters)
    {
        var drill = new Dictionary<string, string?> { ["component"] = component, ["metric"] = metric };
        foreach (var (key, value) in filters) drill[key] = value;
        return new ExecutiveCard(name, label, true, LeadsPage, drill);
    }
}
