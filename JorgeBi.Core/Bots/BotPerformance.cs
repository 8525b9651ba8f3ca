using JorgeBi.Core.Freshness;

namespace JorgeBi.Core.Bots;

/// <summary>The answer of <c>/api/bi/bot-performance</c> and the bot page.</summary>
public sealed record BotPerformance(
    IReadOnlyList<BotMetrics> BotMetrics,
    SystemHealth SystemHealth,
    IReadOnlyList<PerformanceAlert> PerformanceAlerts,
    DateTimeOffset LastUpdated) : IHasDataAsOf<BotPerformance>
{
    /// <summary>The last event applied to the numbers of this answer.</summary>
    public DataAsOf? DataAsOf { get; init; }

    public BotPerformance WithDataAsOf(DataAsOf dataAsOf) => this with { DataAsOf = dataAsOf };
}
