
namespace JorgeBi.Core.Funnel;

/// <summary>One step of the funnel: how many reached it and, in the cohort view, the share of the step before that did.</summary>
public sealed record FunnelStage(
    string Stage,
    long Count,
    double? ConversionFromPrevious);
