using JorgeBi.Core.Kpis;
using JorgeBi.Core.Leads;

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
        Drill(Kpi.TotalLeads, "Leads", LeadsComponents.Leads, Kpi.TotalLeads),
        Drill(Kpi.QualifiedLeads, "Qualified leads", LeadsComponents.Leads, LeadsComponents.QualifiedLeadsMetric),
        Drill(Kpi.LeadsWithTemperature("hot"), "Hot leads", LeadsComponents.Leads, Kpi.TotalLeads, (LeadsFilters.TemperatureName, "hot")),
        Drill(Kpi.AppointmentsScheduled, "Appointments", LeadsComponents.Leads, Kpi.TotalLeads),
        Drill(Kpi.DealsClosed, "Deals closed", LeadsComponents.Revenue, Kpi.DealsClosed),
        Drill(Kpi.ConversionRate, "Conversion rate", LeadsComponents.Conversion, Kpi.ConversionRate),
        Drill(Kpi.BotSuccessRate, "Bot success rate", LeadsComponents.Bots, Kpi.BotSuccessRate),
        Drill(Kpi.MlResponseTimeMs, "ML response time (p95)", LeadsComponents.Bots, Kpi.P95ResponseTimeMs, (LeadsFilters.BotIdName, "intent-decoder")) with { HigherIsBetter = false },
        Drill(Kpi.JorgeCommission, "Commission", LeadsComponents.Revenue, Kpi.JorgeCommission),
        Drill(Kpi.CommissionTargetProgress, "Monthly target progress", LeadsComponents.Revenue, Kpi.JorgeCommission),
        new(Kpi.PipelineValue, "Pipeline value", true, CommissionsPage, new Dictionary<string, string?>()),
        new(Kpi.WeightedPipelineCommission, "Weighted pipeline commission", true, CommissionsPage, new Dictionary<string, string?>()),
    ];

    /// <summary>The drill-down of the leads page for a temperature slice of the donut.</summary>
    public static IReadOnlyDictionary<string, string?> Temperature(string temperature) => new Dictionary<string, string?>
    {
        ["component"] = LeadsComponents.Leads,
        [LeadsFilters.TemperatureName] = temperature,
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
