using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Bots;

/// <summary>
/// Every bot's traffic in a period with the 1-ms latency histogram per bot behind its
/// percentiles. Percentiles of several locations cannot be combined; their histograms can,
/// exactly (<see cref="Company.CompanyBots"/>).
/// </summary>
public sealed record BotPerformanceAggregates(IReadOnlyList<BotTraffic> Bots, IReadOnlyList<LatencyCell> Latency)
{
    /// <summary>The p95 over all bots' interactions together.</summary>
    public double? OverallP95ResponseMs => LatencyCell.P95(Latency);

    public double? P95Of(string botId) => LatencyCell.P95(Latency.Where(c => c.BotId == botId));
}
