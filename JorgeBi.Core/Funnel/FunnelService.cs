using JorgeBi.Core.Analytics;

namespace JorgeBi.Core.Funnel;

/// <summary>
/// The lead funnel as a cohort: the leads created in P, followed to the end of P. Every
/// stage counts leads, so each conversion is a share of the same people. Stages are not
/// forced to shrink: a lead with a deal but no qualification event is still counted, which
/// shows missing events instead of hiding them.
/// </summary>
public sealed class FunnelService(IFunnelSource source)
{
    public const string LeadsCreated = "leads_created";
    public const string Qualified = "qualified";
    public const string Appointment = "appointment";
    public const string DealQualified = "deal_qualified";
    public const string DealShown = "deal_shown";
    public const string DealOffer = "deal_offer";
    public const string DealUnderContract = "deal_under_contract";
    public const string DealClosed = "deal_closed";

    public async Task<IReadOnlyList<FunnelStage>> ForPeriodAsync(LocationInfo location, Period period, CancellationToken ct = default) =>
        Stages(await source.ReadAsync(location, period, ct));

    public static IReadOnlyList<FunnelStage> Stages(FunnelCounts c)
    {
        (string Stage, long Leads)[] steps =
        [
            (LeadsCreated, c.LeadsCreated), (Qualified, c.Qualified), (Appointment, c.WithAppointment),
            (DealQualified, c.DealQualified), (DealShown, c.DealShown), (DealOffer, c.DealOffer),
            (DealUnderContract, c.DealUnderContract), (DealClosed, c.DealClosed),
        ];
        return steps.Select((s, i) => new FunnelStage(s.Stage, s.Leads,
            i == 0 || steps[i - 1].Leads == 0 ? null : (double)s.Leads / steps[i - 1].Leads)).ToList();
    }
}
