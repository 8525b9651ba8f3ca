using JorgeBi.Core.Statistics;

namespace JorgeBi.Core.Bots;

/// <summary>
/// How a bot's success rate and latency are judged against its targets (DOMAIN.md "Bot
/// performance matrix"). A bot is "below target" only when its whole 95 % Wilson interval
/// is under the target, so a small sample with a bad day is flagged "at risk", not failed.
/// </summary>
public static class BotStatusRule
{
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
}
