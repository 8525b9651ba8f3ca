using System.Text.Json.Serialization;
using JorgeBi.Core.Freshness;

namespace JorgeBi.Core.Realtime;

/// <summary>The real-time-metrics answer of API.md.</summary>
/// <param name="Today">The location's current local day so far.</param>
/// <param name="Last5Minutes">Events that occurred in the five minutes up to now.</param>
/// <param name="ActiveConversations">Distinct conversations with an interaction in the last 30 minutes.</param>
/// <param name="EventsPerMinute">Events received (by arrival, not occurrence) in the last 5 minutes, per minute.</param>
/// <param name="LastEventAt">Arrival time of the location's latest event; null when it has none.</param>
public sealed record RealtimeMetrics(
    [property: JsonPropertyName("today")] LiveCounters Today,
    [property: JsonPropertyName("last_5_minutes")] LiveCounters Last5Minutes,
    [property: JsonPropertyName("active_conversations")] long ActiveConversations,
    [property: JsonPropertyName("events_per_minute")] double EventsPerMinute,
    [property: JsonPropertyName("last_event_at")] DateTimeOffset? LastEventAt,
    [property: JsonPropertyName("generated_at")] DateTimeOffset GeneratedAt) : IHasDataAsOf<RealtimeMetrics>
{
    /// <summary>The last event applied to the numbers of this answer.</summary>
    [JsonPropertyName("data_as_of")] public DataAsOf? DataAsOf { get; init; }

    public RealtimeMetrics WithDataAsOf(DataAsOf dataAsOf) => this with { DataAsOf = dataAsOf };
}
