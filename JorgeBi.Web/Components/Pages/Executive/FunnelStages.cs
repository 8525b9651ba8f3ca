using JorgeBi.Core.DrillDown;
using JorgeBi.Core.Funnel;

namespace JorgeBi.Web.Components.Pages.Executive;

/// <summary>Human names of the funnel stages and the drill-down that lists each stage's leads or deals.</summary>
public static class FunnelStages
{
    public static string Label(string stage) => stage switch
    {
        FunnelService.LeadsCreated => "Leads",
        FunnelService.Qualified => "Qualified",
        FunnelService.Appointment => "Appointment",
        FunnelService.DealQualified => "Deal",
        FunnelService.DealShown => "Shown",
        FunnelService.DealOffer => "Offer",
        FunnelService.DealUnderContract => "Under contract",
        FunnelService.DealClosed => "Closed",
        _ => stage,
    };

    /// <summary>Lead stages open the leads list; deal stages the deals of the period's leads at that stage.</summary>
    public static IReadOnlyDictionary<string, string?> Drill(string stage) => stage switch
    {
        FunnelService.LeadsCreated or FunnelService.Appointment =>
            new Dictionary<string, string?> { ["component"] = DrillDownComponents.Leads, ["metric"] = "total_leads" },
        FunnelService.Qualified =>
            new Dictionary<string, string?> { ["component"] = DrillDownComponents.Leads, ["metric"] = DrillDownComponents.QualifiedLeadsMetric },
        _ => new Dictionary<string, string?>
        {
            ["component"] = DrillDownComponents.Conversion,
            ["metric"] = "deals_closed",
            [DrillDownFilters.StageName] = stage["deal_".Length..],
        },
    };
}
