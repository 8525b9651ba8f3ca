using JorgeBi.Core.Statistics;

namespace JorgeBi.Core.Bots;

/// <summary>
/// All bots as one system. The success target is the DOMAIN.md 94 %; the p95 budget is the
/// loosest response target of any bot, because a system p95 above even that means the
/// slow answers are not one strict bot's problem.
/// </summary>
public static class SystemHealthCalculator
{
    public const decimal SuccessTarget = 0.94m;

    public static SystemHealth Compute(IReadOnlyList<BotTraffic> bots, IReadOnlyList<BotMetrics> rows, double? overallP95Ms)
    {
        var interactions = bots.Sum(b => b.Interactions);
        var successes = bots.Sum(b => b.Successes);
        var ci = WilsonInterval.Compute(successes, interactions);
        var budget = bots.Count == 0 ? 0 : bots.Max(b => b.ResponseTargetMs);
        return new SystemHealth
        {
            Interactions = interactions,
            SuccessRate = interactions == 0 ? null : (double)successes / interactions,
            SuccessCiLow = ci.Low,
            SuccessCiHigh = ci.High,
            SuccessStatus = BotStatusRule.Success(successes, interactions, SuccessTarget),
            P95ResponseMs = overallP95Ms,
            P95BudgetMs = budget,
            LatencyStatus = BotStatusRule.Latency(overallP95Ms, budget),
            BotsOnTarget = rows.Count(r => r.Status == BotStatus.OnTarget),
            BotsAtRisk = rows.Count(r => r.Status == BotStatus.AtRisk),
            BotsBelowTarget = rows.Count(r => r.Status == BotStatus.BelowTarget),
            BotsNoData = rows.Count(r => r.Status == BotStatus.NoData),
        };
    }
}
