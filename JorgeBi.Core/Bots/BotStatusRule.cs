using JorgeBi.Core.Statistics;

namespace JorgeBi.Core.Bots;

/// <summary>
/// How a bot is judged against its targets (DOMAIN.md "Bot performance matrix"). A bot is
/// "below target" on success only when its whole 95 % Wilson interval is under the target,
/// so a small sample with a bad day is flagged "at risk", not failed. Its overall status
/// weighs every target it has: success and p95 response time.
/// </summary>
public static class BotStatusRule
{
    /// <summary>The names of a bot's targets, as <see cref="MissedTargets"/> lists them.</summary>
    public const string SuccessTarget = "success";
    public const string ResponseTarget = "p95_response";

    public static string Success(long successes, long interactions, decimal successTarget)
    {
        if (interactions == 0) return BotStatus.NoData;
        if (WilsonInterval.Compute(successes, interactions).High < (double)successTarget) return BotStatus.BelowTarget;
        // Decimal, not double: 94 of 100 against 0.94 must compare as exactly equal.
        return successes < successTarget * interactions ? BotStatus.AtRisk : BotStatus.OnTarget;
    }

    /// <summary>p95 at the target is still on target; the target is the slowest acceptable p95.</summary>
    public static string Latency(double? p95Ms, int responseTargetMs) => p95Ms switch
    {
        null => BotStatus.NoData,
        var p when p > responseTargetMs => BotStatus.OverTarget,
        _ => BotStatus.OnTarget,
    };

    /// <summary>
    /// The bot as a whole: below target when any target is missed (a proven success drop or
    /// a p95 over its target), at risk when the success rate may be below, on target only
    /// when every target is met. A p95 has no interval: over the target is a miss.
    /// </summary>
    public static string Overall(string successStatus, string latencyStatus)
    {
        if (successStatus == BotStatus.NoData) return BotStatus.NoData;
        if (MissedTargets(successStatus, latencyStatus).Count > 0) return BotStatus.BelowTarget;
        return successStatus == BotStatus.AtRisk ? BotStatus.AtRisk : BotStatus.OnTarget;
    }

    /// <summary>The targets a bot misses, success first; empty when it meets them all or may still.</summary>
    public static IReadOnlyList<string> MissedTargets(string successStatus, string latencyStatus)
    {
        var missed = new List<string>(2);
        if (successStatus == BotStatus.BelowTarget) missed.Add(SuccessTarget);
        if (latencyStatus == BotStatus.OverTarget) missed.Add(ResponseTarget);
        return missed;
    }
}
