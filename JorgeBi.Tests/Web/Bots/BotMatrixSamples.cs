using JorgeBi.Core.Bots;

namespace JorgeBi.Tests.Web.Bots;

/// <summary>Hand-made matrix rows for component tests.</summary>
internal static class BotMatrixSamples
{
    public static BotMetrics Bot(string id, string status, double? p95 = 20, int target = 50) => new()
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
        LatencyStatus = BotStatusRule.Latency(p95, target),
        AvgConfidence = 0.81,
        QualificationRate = 0.3,
        HandoffRate = 0.1,
        Appointments = 12,
        DealsClosed = 3,
        CommissionAttributed = 44_280m,
        Status = status,
    };
}
