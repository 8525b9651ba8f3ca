using System.Text.Json.Serialization;

namespace JorgeBi.Core.Funnel;

/// <summary>One step of the funnel: how many reached it and, in the cohort view, the share of the step before that did.</summary>
public sealed record FunnelStage(
    [property: JsonPropertyName("stage")] string Stage,
    [property: JsonPropertyName("count")] long Count,
    [property: JsonPropertyName("conversion_from_previous")] double? ConversionFromPrevious);
