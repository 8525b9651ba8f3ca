using System.Text.Json.Serialization;

namespace JorgeBi.Core.Bots;

/// <summary>The answer of <c>/api/bi/bot-performance</c> and the bot page.</summary>
public sealed record BotPerformance(
    [property: JsonPropertyName("bot_metrics")] IReadOnlyList<BotMetrics> BotMetrics,
    [property: JsonPropertyName("system_health")] SystemHealth SystemHealth,
    [property: JsonPropertyName("performance_alerts")] IReadOnlyList<PerformanceAlert> PerformanceAlerts,
    [property: JsonPropertyName("last_updated")] DateTimeOffset LastUpdated);
