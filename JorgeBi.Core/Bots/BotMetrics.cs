
namespace JorgeBi.Core.Bots;

/// <summary>One row of the bot performance matrix (API.md <c>bot_metrics</c>). Rates are fractions.</summary>
public sealed record BotMetrics
{
    public required string BotId { get; init; }
    public required string Name { get; init; }
    public long Interactions { get; init; }
    public long Conversations { get; init; }
    public double? SuccessRate { get; init; }
    public double SuccessCiLow { get; init; }
    public double SuccessCiHigh { get; init; }
    public decimal SuccessTarget { get; init; }

    /// <summary>The success rate alone against its target (<see cref="BotStatusRule.Success"/>).</summary>
    public required string SuccessStatus { get; init; }
    public double? AvgResponseMs { get; init; }
    public double? P95ResponseMs { get; init; }
    public int ResponseTargetMs { get; init; }
    public required string LatencyStatus { get; init; }
    public double? AvgConfidence { get; init; }
    public long QualifiedLeads { get; init; }
    public double? QualificationRate { get; init; }
    public long Handoffs { get; init; }
    public double? HandoffRate { get; init; }
    public long Appointments { get; init; }
    public long DealsClosed { get; init; }
    public decimal CommissionAttributed { get; init; }

    /// <summary>Every target together (<see cref="BotStatusRule.Overall"/>); <see cref="MissedTargets"/> says which are missed.</summary>
    public required string Status { get; init; }

    public IReadOnlyList<string> MissedTargets { get; init; } = [];
}
