using JorgeBi.Core.Bots;

namespace JorgeBi.Tests.Web.Bots;

/// <summary>Hand-made matrix rows for component tests.</summary>
internal static class BotMatrixSamples
{
    /// <summary>A bot whose success rate alone has <paramref name="successStatus"/>; its overall status follows Core's rule.</summary>
    public static BotMetrics Bot(string id, string successStatus, double? p95 = 20, int target = 50)
    {
        var latency = BotStatusRule.Latency(p95, target);
        return new()
        {
            BotId = id,
            Name = id + " name",
            Interactions = 1000,
            Conversations = 200,
            SuccessRate = 0.95,
            SuccessCiLow = 0.935,
            SuccessCiHigh = 0.962,
            SuccessTarget = 0.94m,
            AvgResponseMs = 15,
            P95ResponseMs = p95,
            ResponseTargetMs = target,
            LatencyStatus = latency,
            AvgConfidence = 0.81,
            QualificationRate = 0.3,
            HandoffRate = 0.1,
            Appointments = 12,
            DealsClosed = 3,
            CommissionAttributed = 44_280m,
            SuccessStatus = successStatus,
            Status = BotStatusRule.Overall(successStatus, latency),
            MissedTargets = BotStatusRule.MissedTargets(successStatus, latency),
        };
    }
}
