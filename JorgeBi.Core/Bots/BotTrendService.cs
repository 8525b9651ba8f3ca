using JorgeBi.Core.Company;
using JorgeBi.Core.Kpis;

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
    public Task<BotTrend?> ForPeriodAsync(LocationInfo location, Period period, CancellationToken ct = default) =>
        ForLocationsAsync([new LocationPeriod(location, period)], ct);

    /// <summary>
    /// Several locations as one (location_id=all): each location's buckets over its own local
    /// period, added up by local date as <see cref="CompanyTrends"/> adds the KPIs, each p95 from
    /// the bucket's merged histograms. When the offices' "today" differ, the series spans every
    /// date one of them covers.
    /// </summary>
    public async Task<BotTrend?> ForLocationsAsync(IReadOnlyList<LocationPeriod> members, CancellationToken ct = default)
    {
        if (members.Count == 0 || members.Any(m => !m.Period.IsWholeDays)) return null;
        // Every member's period has the same length, hence the same grain.
        var grain = Grain(members[0].Period);
        var span = new Period(members.Min(m => m.Period.Start), members.Max(m => m.Period.End));
        var reads = await Task.WhenAll(members.Select(m => source.ReadAsync(m.Location, m.Period, grain, ct)));
        var points = reads.SelectMany(r => r)
            .GroupBy(b => (b.BotId, Start: CompanyTrends.BucketOf(b.PeriodStart, grain, span)))
            .Select(g => new BotTrendPoint(g.Key.BotId, g.Key.Start, g.Sum(b => b.Interactions), g.Sum(b => b.Successes),
                LatencyCell.P95(g.SelectMany(b => b.Latency))));
        var starts = TrendBuckets.Starts(span, grain);
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
