using System.Globalization;

namespace JorgeBi.Core.Insights;

/// <summary>
/// A bot whose p95 processing time exceeds its own response target. p95 above the target
/// means more than 5 % of interactions reached it; confidence is the one-sided probability
/// that the true share does exceed 5 %, so a handful of slow calls on a quiet bot stays
/// low-confidence. Impact grows to 1 when p95 is twice the target.
/// </summary>
public static class LatencyOverTargetRule
{
    private const double AllowedShare = 0.05;

    public static IEnumerable<Insight> Find(IEnumerable<BotStats> bots)
    {
        foreach (var b in bots.Where(b => b.Interactions > 0 && b.P95Ms > b.ResponseTargetMs))
        {
            var p95 = b.P95Ms!.Value;
            var share = (double)b.OverTarget / b.Interactions;
            var confidence = Significance.ConfidenceAbove(share, AllowedShare, b.Interactions);
            var impact = Math.Min(1, (p95 - b.ResponseTargetMs) / b.ResponseTargetMs);
            yield return new Insight(
                InsightTypes.LatencyOverTarget,
                confidence,
                $"{b.BotId} responds slower than its {b.ResponseTargetMs} ms target",
                string.Create(CultureInfo.InvariantCulture,
                    $"{b.BotId}'s p95 processing time is {p95:N0} ms against a {b.ResponseTargetMs} ms target: {b.OverTarget:N0} of {b.Interactions:N0} interactions ({share:P1}) took {b.ResponseTargetMs} ms or more."),
                $"Profile {b.BotId}'s slowest calls (model, prompt size, downstream services) and cache or trim the slowest step.",
                confidence * impact,
                b.BotId,
                new Dictionary<string, double>
                {
                    ["interactions"] = b.Interactions,
                    ["p95_ms"] = p95,
                    ["target_ms"] = b.ResponseTargetMs,
                    ["over_target"] = b.OverTarget,
                    ["over_target_share"] = share,
                });
        }
    }
}
