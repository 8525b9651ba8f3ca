namespace JorgeBi.Core.Funnel;

/// <summary>
/// Distinct deals with a <c>deal.stage_changed</c> into each pipeline stage in a period. A
/// deal that skips a stage is not counted at it: each bar is a number of real stage changes
/// that can be listed, not an inference.
/// </summary>
public sealed record DealStagesEntered
{
    public long Qualified { get; init; }
    public long Shown { get; init; }
    public long Offer { get; init; }
    public long UnderContract { get; init; }
}
