using System.Text.Json.Serialization;

namespace JorgeBi.Core.Bots;

/// <summary>All bots together (API.md <c>system_health</c>): one success rate, one p95, and how many bots are in each status.</summary>
public sealed record SystemHealth
{
    [JsonPropertyName("interactions")] public long Interactions { get; init; }
    [JsonPropertyName("success_rate")] public double? SuccessRate { get; init; }
    [JsonPropertyName("success_ci_low")] public double SuccessCiLow { get; init; }
    [JsonPropertyName("success_ci_high")] public double SuccessCiHigh { get; init; }
    [JsonPropertyName("success_status")] public required string SuccessStatus { get; init; }
    [JsonPropertyName("p95_response_ms")] public double? P95ResponseMs { get; init; }
    [JsonPropertyName("p95_budget_ms")] public int P95BudgetMs { get; init; }
    [JsonPropertyName("latency_status")] public required string LatencyStatus { get; init; }
    [JsonPropertyName("bots_on_target")] public int BotsOnTarget { get; init; }
    [JsonPropertyName("bots_at_risk")] public int BotsAtRisk { get; init; }
    [JsonPropertyName("bots_below_target")] public int BotsBelowTarget { get; init; }
    [JsonPropertyName("bots_no_data")] public int BotsNoData { get; init; }
}
