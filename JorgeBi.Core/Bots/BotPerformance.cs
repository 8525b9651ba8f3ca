using System.Text.Json.Serialization;
using JorgeBi.Core.Freshness;

namespace JorgeBi.Core.Bots;

/// <summary>The answer of <c>/api/bi/bot-performance</c> and the bot page.</summary>
public sealed record BotPerformance(
    [property: JsonPropertyName("bot_metrics")] IReadOnlyList<BotMetrics> BotMetrics,
    [property: JsonPropertyName("system_health")] SystemHealth SystemHealth,
    [property: JsonPropertyName("performance_alerts")] IReadOnlyList<PerformanceAlert> PerformanceAlerts,
    [property: JsonPropertyName("last_updated")] DateTimeOffset LastUpdated) : IHasDataAsOf<BotPerformance>
{
    /// <summary>The last event applied to the numbers of this answer.</summary>
    [JsonPropertyName("data_as_of")] public DataAsOf? DataAsOf { get; init; }

    public BotPerformance WithDataAsOf(DataAsOf dataAsOf) => this with { DataAsOf = dataAsOf };
}
