using System.Runtime.InteropServices;
using JorgeBi.Core.Events;
using JorgeBi.Core.Statistics;

namespace JorgeBi.Core.Kpis;

/// <summary>
/// One cell of a 1-ms latency histogram: <paramref name="N"/> interactions of a bot took
/// <paramref name="Ms"/> milliseconds (floored; the last cell, 60,000, holds everything slower).
/// </summary>
/// <remarks>A value, not an object: three years of monthly trend points hold ~26,000 cells.</remarks>
public readonly record struct LatencyCell(string BotId, int Ms, long N)
{
    /// <summary>One cell per bot and millisecond: the histogram of all <paramref name="cells"/> together.</summary>
    public static IReadOnlyList<LatencyCell> Merge(IEnumerable<LatencyCell> cells)
    {
        var sums = new Dictionary<(string BotId, int Ms), long>();
        foreach (var c in cells)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(sums, (c.BotId, c.Ms), out _) += c.N;
        }
        return [.. sums.Select(s => new LatencyCell(s.Key.BotId, s.Key.Ms, s.Value))];
    }

    /// <summary>p95 of every bot's interactions: nearest rank over the cells.</summary>
    public static double? P95(IEnumerable<LatencyCell> cells) => Percentiles.NearestRank(cells.Select(c => (c.Ms, c.N)), 0.95);

    /// <summary>p95 of the intent decoder's interactions (<see cref="Kpi.MlResponseTimeMs"/>).</summary>
    public static double? MlP95(IEnumerable<LatencyCell> cells) => P95(cells.Where(c => c.BotId == Domain.IntentDecoderBot));
}
