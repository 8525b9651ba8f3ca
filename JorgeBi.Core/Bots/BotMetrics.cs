using System.Text.Json.Serialization;

namespace JorgeBi.Core.Bots;

/// <summary>One row of the bot performance matrix (API.md <c>bot_metrics</c>). Rates are fractions.</summary>
public sealed record BotMetrics
{
    [JsonPropertyName("bot_id")] public required string BotId { get; init; }
    [JsonPropertyName("name")] public required string Name { get; init; }
    [JsonPropertyName("interactions")] public long Interactions { get; init; }
    [JsonPropertyName("conversations")] public long Conversations { get; init; }
    [JsonPropertyName("success_rate")] public double? SuccessRate { get; init; }
    [JsonPropertyName("success_ci_low")] public double SuccessCiLow { get; init; }
    [JsonPropertyName("success_ci_high")] public double SuccessCiHigh { get; init; }
    [JsonPropertyName("success_target")] public decimal SuccessTarget { get; init; }

    /// <summary>The success rate alone against its target (<see cref="BotStatusRule.Success"/>).</summary>
    [JsonPropertyName("success_status")] public required string SuccessStatus { get; init; }
    [JsonPropertyName("avg_response_ms")] public double? AvgResponseMs { get; init; }
    [JsonPropertyName("p95_response_ms")] public double? P95ResponseMs { get; init; }
    [JsonPropertyName("response_target_ms")] public int ResponseTargetMs { get; init; }
    [JsonPropertyName("latency_status")] public required string LatencyStatus { get; init; }
    [JsonPropertyName("avg_confidence")] public double? AvgConfidence { get; init; }
    [JsonPropertyName("qualified_leads")] public long QualifiedLeads { get; init; }
    [JsonPropertyName("qualification_rate")] public double? QualificationRate { get; init; }
    [JsonPropertyName("handoffs")] public long Handoffs { get; init; }
    [JsonPropertyName("handoff_rate")] public double? HandoffRate { get; init; }
    [JsonPropertyName("appointments")] public long Appointments { get; init; }
    [JsonPropertyName("deals_closed")] public long DealsClosed { get; init; }
    [JsonPropertyName("commission_attributed")] public decimal CommissionAttributed { get; init; }

    /// <summary>Every target together (<see cref="BotStatusRule.Overall"/>); <see cref="MissedTargets"/> says which are missed.</summary>
    [JsonPropertyName("status")] public required string Status { get; init; }

    [JsonPropertyName("missed_targets")] public IReadOnlyList<string> MissedTargets { get; init; } = [];
}
