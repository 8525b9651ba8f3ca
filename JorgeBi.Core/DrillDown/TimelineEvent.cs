using System.Text.Json.Serialization;

namespace JorgeBi.Core.DrillDown;

/// <summary>One event of a lead's timeline, in the location it happened in; <see cref="Data"/> is the event's data object as JSON text, <see cref="OccurredAt"/> the instant, in UTC.</summary>
public sealed record TimelineEvent(
    [property: JsonPropertyName("location_id")] string LocationId,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("occurred_at")] DateTimeOffset OccurredAt,
    [property: JsonPropertyName("data")] string Data);
