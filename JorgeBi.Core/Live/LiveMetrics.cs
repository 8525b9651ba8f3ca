using System.Text.Json.Serialization;
using JorgeBi.Core.Freshness;

namespace JorgeBi.Core.Live;

/// <summary>The real-time-metrics answer of API.md.</summary>
/// <param name="Today">The location's current local day so far.</param>
/// <param name="Last5Minutes">Events that occurred in the five minutes up to now. Named by hand: the snake_case policy would write <c>last5_minutes</c>.</param>
/// <param name="ActiveConversations">Distinct conversations with an interaction in the last 30 minutes.</param>
/// <param name="EventsPerMinute">Events received (by arrival, not occurrence) in the last 5 minutes, per minute.</param>
/// <param name="LastEventAt">Arrival time of the location's latest event; null when it has none.</param>
public sealed record LiveMetrics(
    LiveCounters Today,
    [property: JsonPropertyName("last_5_minutes")] LiveCounters Last5Minutes,
    long ActiveConversations,
    double EventsPerMinute,
    DateTimeOffset? LastEventAt,
    DateTimeOffset GeneratedAt) : IHasDataAsOf<LiveMetrics>
{
    /// <summary>The last event applied to the numbers of this answer.</summary>
    public DataAsOf? DataAsOf { get; init; }

    public LiveMetrics WithDataAsOf(DataAsOf dataAsOf) => this with { DataAsOf = dataAsOf };
}
