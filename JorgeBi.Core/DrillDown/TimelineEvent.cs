using System.Text.Json.Serialization;

namespace JorgeBi.Core.DrillDown;

/// <summary>One event of a lead's timeline; <see cref="Data"/> is the event's data object as JSON text, <see cref="OccurredAt"/> the instant, in UTC.</summary>
public sealed record TimelineEvent(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("occurred_at")] DateTimeOffset OccurredAt,
    [property: JsonPropertyName("data")] string Data);
