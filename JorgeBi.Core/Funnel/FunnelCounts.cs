namespace JorgeBi.Core.Funnel;

/// <summary>
/// The cohort of leads created in a period and how far they got by its end. Deal counts
/// are leads whose furthest deal reached at least that stage: a deal at "offer" has also
/// passed "qualified" and "shown"; a closed deal has passed every stage; a lost deal keeps
/// the furthest stage it reached before it was lost.
/// </summary>
public sealed record FunnelCounts
{
    public long LeadsCreated { get; init; }
    public long Qualified { get; init; }
    public long WithAppointment { get; init; }
    public long DealQualified { get; init; }
    public long DealShown { get; init; }
    public long DealOffer { get; init; }
    public long DealUnderContract { get; init; }
    public long DealClosed { get; init; }
}
