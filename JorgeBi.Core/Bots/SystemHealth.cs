
namespace JorgeBi.Core.Bots;

/// <summary>All bots together (API.md <c>system_health</c>): one success rate, one p95, and how many bots are in each status.</summary>
public sealed record SystemHealth
{
    public long Interactions { get; init; }
    public double? SuccessRate { get; init; }
    public double SuccessCiLow { get; init; }
    public double SuccessCiHigh { get; init; }
    public required string SuccessStatus { get; init; }
    public double? P95ResponseMs { get; init; }
    public int P95BudgetMs { get; init; }
    public required string LatencyStatus { get; init; }
    public int BotsOnTarget { get; init; }
    public int BotsAtRisk { get; init; }
    public int BotsBelowTarget { get; init; }
    public int BotsNoData { get; init; }
}
