using System.Globalization;
using JorgeBi.Core.Statistics;

namespace JorgeBi.Core.Insights;

/// <summary>
/// A bot whose whole 95 % Wilson interval of success lies below its success target: a real
/// drop, not noise (DOMAIN.md, Bot performance matrix). Confidence is the one-sided
/// probability, under the target, of doing this badly; impact grows to 1 at 10 points short.
/// </summary>
public static class BotBelowTargetRule
{
    public static IEnumerable<Insight> Find(IEnumerable<BotStats> bots)
    {
        foreach (var b in bots.Where(b => b.Interactions > 0))
        {
            var ci = WilsonInterval.Compute(b.Successes, b.Interactions);
            if (ci.High >= b.SuccessTarget) continue;
            var rate = (double)b.Successes / b.Interactions;
            // Below the success target = above the failure rate the target allows.
            var confidence = Significance.ConfidenceAbove(1 - rate, 1 - b.SuccessTarget, b.Interactions);
            var impact = Math.Min(1, (b.SuccessTarget - rate) / 0.10);
            yield return new Insight(
                InsightTypes.BotBelowTarget,
                confidence,
                $"{b.BotId} is below its success target",
                string.Create(CultureInfo.InvariantCulture,
                    $"{b.BotId} succeeded in {b.Successes:N0} of {b.Interactions:N0} interactions ({rate:P1}); its 95 % interval, {ci.Low:P1} to {ci.High:P1}, lies wholly below the {b.SuccessTarget:P0} target."),
                $"Review {b.BotId}'s failed conversations of the period and roll back or fix the change behind the drop.",
                confidence * impact,
                b.BotId,
                new Dictionary<string, double>
                {
                    ["interactions"] = b.Interactions,
                    ["successes"] = b.Successes,
                    ["success_rate"] = rate,
                    ["ci_low"] = ci.Low,
                    ["ci_high"] = ci.High,
                    ["target"] = b.SuccessTarget,
                });
        }
    }
}
