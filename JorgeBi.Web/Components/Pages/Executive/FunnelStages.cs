using JorgeBi.Core.Funnel;
using JorgeBi.Core.Kpis;
using JorgeBi.Core.Leads;

namespace JorgeBi.Web.Components.Pages.Executive;

/// <summary>Human names of the funnel's views and stages, and the drill-down behind each bar.</summary>
public static class FunnelStages
{
    /// <summary>The lead bars and the closed bar carry the names of the cards they equal in the period view.</summary>
    public static string Label(string stage) => stage switch
    {
        FunnelService.LeadsCreated => "Leads",
        FunnelService.Qualified => "Qualified leads",
        FunnelService.Appointment => "Appointments",
        FunnelService.DealQualified => "Deals qualified",
        FunnelService.DealShown => "Deals shown",
        FunnelService.DealOffer => "Offers",
        FunnelService.DealUnderContract => "Under contract",
        FunnelService.DealClosed => "Deals closed",
        _ => stage,
    };

    public static string ViewLabel(string view) => view == FunnelView.Cohort ? "Cohort" : "In the period";

    /// <summary>What the bars of a view count, in a sentence under the chart.</summary>
    public static string ViewDescription(string view) => view == FunnelView.Cohort
        ? "Cohort: the leads created in the period, followed to its end. Every bar counts those leads by the furthest step they reached."
        : "What happened in the period: leads, qualified leads, appointments and deals closed are the cards above; deal bars count the deals that entered each pipeline stage.";

    /// <summary>The rows behind a bar, or null when the drill-down has no list for it.</summary>
    public static IReadOnlyDictionary<string, string?>? Drill(string view, string stage) => (view, stage) switch
    {
        (_, FunnelService.LeadsCreated) or (_, FunnelService.Appointment) => Query(LeadsComponents.Leads, Kpi.TotalLeads),
        (_, FunnelService.Qualified) => Query(LeadsComponents.Leads, LeadsComponents.QualifiedLeadsMetric),
        (FunnelView.Period, FunnelService.DealClosed) => Query(LeadsComponents.Revenue, Kpi.DealsClosed),
        // The drill-down lists closed deals and the cohort's deals, not stage changes.
        (FunnelView.Period, _) => null,
        _ => new Dictionary<string, string?>(Query(LeadsComponents.Conversion, Kpi.DealsClosed))
        {
            [LeadsFilters.StageName] = stage["deal_".Length..],
        },
    };

    private static Dictionary<string, string?> Query(string component, string metric) =>
        new() { ["component"] = component, ["metric"] = metric };
}
