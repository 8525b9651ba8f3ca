
namespace JorgeBi.Core.Bots;

/// <summary>One problem of one bot (API.md <c>performance_alerts</c>), with the measured value and the target it misses.</summary>
public sealed record PerformanceAlert(
    string BotId,
    string Kind,
    string Severity,
    string Message,
    double Value,
    double Target)
{
    public const string SuccessBelowTarget = "success_below_target";
    public const string SuccessAtRisk = "success_at_risk";
    public const string LatencyOverTarget = "latency_over_target";
    public const string Critical = "critical";
    public const string Warning = "warning";
}
