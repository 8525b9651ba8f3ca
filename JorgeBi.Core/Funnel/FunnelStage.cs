using System.Text.Json.Serialization;

namespace JorgeBi.Core.Funnel;

/// <summary>One step of the funnel: how many leads reached it and the share of the step before that did.</summary>
public sealed record FunnelStage(
    [property: JsonPropertyName("stage")] string Stage,
    [property: JsonPropertyName("leads")] long Leads,
    [property: JsonPropertyName("conversion_from_previous")] double? ConversionFromPrevious);
