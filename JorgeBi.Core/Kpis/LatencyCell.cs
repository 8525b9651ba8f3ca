using JorgeBi.Core.Events;
using JorgeBi.Core.Statistics;

namespace JorgeBi.Core.Kpis;

/// <summary>
/// One cell of a 1-ms latency histogram: <paramref name="N"/> interactions of a bot took
/// <paramref name="Ms"/> milliseconds (floored; the last cell, 60,000, holds everything slower).
/// </summary>
public sealed record LatencyCell(string BotId, int Ms, long N)
{
    /// <summary>p95 of every bot's interactions: nearest rank over the cells.</summary>
    public static double? P95(IEnumerable<LatencyCell> cells) => Percentiles.NearestRank(cells.Select(c => (c.Ms, c.N)), 0.95);

    /// <summary>p95 of the intent decoder's interactions (<see cref="Kpi.MlResponseTimeMs"/>).</summary>
    public static double? MlP95(IEnumerable<LatencyCell> cells) => P95(cells.Where(c => c.BotId == Domain.IntentDecoderBot));
}
