using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Funnel;

/// <summary>
/// The lead funnel, in pipeline order (leads, qualified, appointment, then the deal stages
/// qualified → shown → offer → under contract → closed), in either <see cref="FunnelView"/>.
/// The period view takes its lead, appointment and closed counts from the same
/// <see cref="IKpiSource"/> as the KPI cards, so the two cannot disagree. Stages are not
/// forced to shrink: a count that grows shows where events are missing or deals skip a stage.
/// </summary>
public sealed class FunnelService(IFunnelSource source, IKpiSource kpis)
{
    public const string LeadsCreated = "leads_created";
    public const string Qualified = "qualified";
    public const string Appointment = "appointment";
    public const string DealQualified = "deal_qualified";
    public const string DealShown = "deal_shown";
    public const string DealOffer = "deal_offer";
    public const string DealUnderContract = "deal_under_contract";
    public const string DealClosed = "deal_closed";

    /// <summary>Both views of one location and period.</summary>
    public async Task<FunnelViews> ForPeriodAsync(LocationInfo location, Period period, CancellationToken ct = default)
    {
        var cohort = source.ReadAsync(location, period, ct);
        var entered = source.ReadStagesEnteredAsync(location, period, ct);
        var totals = kpis.ReadAsync(location, period, ct);
        return new FunnelViews(PeriodStages(await totals, await entered), CohortStages(await cohort));
    }

    /// <summary>Counts of different things (leads, bookings, deals): a ratio between two of them is no conversion, so none is given.</summary>
    public static IReadOnlyList<FunnelStage> PeriodStages(KpiAggregates totals, DealStagesEntered entered) =>
    [
        new(LeadsCreated, totals.TotalLeads, null), new(Qualified, totals.QualifiedLeads, null), new(Appointment, totals.Appointments, null),
        new(DealQualified, entered.Qualified, null), new(DealShown, entered.Shown, null), new(DealOffer, entered.Offer, null),
        new(DealUnderContract, entered.UnderContract, null), new(DealClosed, totals.DealsClosed, null),
    ];

    /// <summary>Every stage counts leads of the cohort, so each is a share of the stage before.</summary>
    public static IReadOnlyList<FunnelStage> CohortStages(FunnelCounts c)
    {
        (string Stage, long Count)[] steps =
        [
            (LeadsCreated, c.LeadsCreated), (Qualified, c.Qualified), (Appointment, c.WithAppointment),
            (DealQualified, c.DealQualified), (DealShown, c.DealShown), (DealOffer, c.DealOffer),
            (DealUnderContract, c.DealUnderContract), (DealClosed, c.DealClosed),
        ];
        return steps.Select((s, i) => new FunnelStage(s.Stage, s.Count,
            i == 0 || steps[i - 1].Count == 0 ? null : (double)s.Count / steps[i - 1].Count)).ToList();
    }
}
