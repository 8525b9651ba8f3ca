using JorgeBi.Core.Analytics;

namespace JorgeBi.Core.Bots;

/// <summary>
/// Success rate and p95 latency per bot over a period, one point per day (per ISO week or month
/// for long periods), empty buckets included so the bots' lines share one x axis.
/// </summary>
public sealed class BotTrendService(IBotTrendSource source)
{
    /// <summary>
    /// Null for periods that are not whole local days (the 24h timeframe): the latency comes from
    /// the daily histograms, which cannot be cut into hours.
    /// </summary>
    public async Task<BotTrend?> ForPeriodAsync(LocationInfo location, Period period, CancellationToken ct = default)
    {
        if (!period.IsWholeDays) return null;
        var grain = Grain(period);
        var points = await source.ReadAsync(location, period, grain, ct);
        var starts = TrendBuckets.Starts(period, grain);
        var series = points.GroupBy(p => p.BotId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var byStart = g.ToDictionary(p => p.PeriodStart);
                return new BotTrendSeries(g.Key, [.. starts.Select(s => byStart.GetValueOrDefault(s) ?? new BotTrendPoint(g.Key, s, 0, 0, null))]);
            })
            .ToList();
        return new BotTrend(grain.ToString().ToLowerInvariant(), series);
    }

    /// <summary>The period's own grain, but never hours.</summary>
    public static TrendGrain Grain(Period period) => period.Grain == TrendGrain.Hour ? TrendGrain.Day : period.Grain;
}

/// <param name="Grain"><c>day</c>, <c>week</c> or <c>month</c>.</param>
public sealed record BotTrend(string Grain, IReadOnlyList<BotTrendSeries> Bots);

public sealed record BotTrendSeries(string BotId, IReadOnlyList<BotTrendPoint> Points);
