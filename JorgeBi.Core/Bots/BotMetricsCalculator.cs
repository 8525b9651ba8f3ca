using JorgeBi.Core.Statistics;

namespace JorgeBi.Core.Bots;

/// <summary>
/// The one definition of each column of the bot matrix. A ratio with nothing to divide by
/// is null (no traffic means unknown, not 0 %); the Wilson interval of no trials is (0, 1).
/// </summary>
public static class BotMetricsCalculator
{
    public static BotMetrics Compute(BotTraffic t, double? p95ResponseMs)
    {
        var ci = WilsonInterval.Compute(t.Successes, t.Interactions);
        var success = BotStatusRule.Success(t.Successes, t.Interactions, t.SuccessTarget);
        var latency = BotStatusRule.Latency(p95ResponseMs, t.ResponseTargetMs);
        return new BotMetrics
        {
            BotId = t.BotId,
            Name = t.Name,
            Interactions = t.Interactions,
            Conversations = t.Conversations,
            SuccessRate = Ratio(t.Successes, t.Interactions),
            SuccessCiLow = ci.Low,
            SuccessCiHigh = ci.High,
            SuccessTarget = t.SuccessTarget,
            SuccessStatus = success,
            AvgResponseMs = t.Interactions == 0 ? null : t.ProcessingMsSum / t.Interactions,
            P95ResponseMs = p95ResponseMs,
            ResponseTargetMs = t.ResponseTargetMs,
            LatencyStatus = latency,
            AvgConfidence = t.Interactions == 0 ? null : t.ConfidenceSum / t.Interactions,
            QualifiedLeads = t.QualifiedLeads,
            QualificationRate = Ratio(t.QualifiedLeads, t.Conversations),
            Handoffs = t.Handoffs,
            HandoffRate = Ratio(t.Handoffs, t.Conversations),
            Appointments = t.Appointments,
            DealsClosed = t.DealsClosed,
            CommissionAttributed = t.CommissionAttributed,
            Status = BotStatusRule.Overall(success, latency),
            MissedTargets = BotStatusRule.MissedTargets(success, latency),
        };
    }

    private static double? Ratio(long part, long whole) => whole == 0 ? null : (double)part / whole;
}
