using JorgeBi.Core.Executive;
using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Company;

/// <summary>
/// The company's trend: each location's buckets over its own local period, added up by local
/// date (the same dates, different instants). When the offices' "today" differ, the series
/// spans every date any of them covers, so no office's bucket is dropped and the points still
/// add up to the company's totals.
/// </summary>
public static class CompanyTrends
{
    public static IReadOnlyDictionary<string, IReadOnlyList<TrendPoint>> Build(IReadOnlyList<KpiReading> readings, decimal commissionRate)
    {
        if (readings.Count == 0 || readings.Any(r => r.Trends is null)) return new Dictionary<string, IReadOnlyList<TrendPoint>>();
        // Every member's period has the same length, hence the same grain.
        var grain = readings[0].Period.Grain;
        var span = new Period(readings.Min(r => r.Period.Start), readings.Max(r => r.Period.End));
        var buckets = readings
            .SelectMany(r => r.Trends!.Select(b => (Start: BucketOf(b.Start, grain, span), r.Location, b.Aggregates)))
            .GroupBy(b => b.Start)
            .Select(g => new TrendBucket(g.Key, CompanyAggregates.Combine(g.Select(b => (b.Location, b.Aggregates)).ToList())));
        return TrendSeries.Build(span, grain, buckets, commissionRate);
    }

    // A member's first bucket starts at its own period's start; on the company's span it falls
    // into the bucket that holds that instant, which is the truncation or the span's own start.
    internal static DateTime BucketOf(DateTime start, TrendGrain grain, Period span)
    {
        var truncated = TrendBuckets.Truncate(start, grain);
        return truncated < span.Start ? span.Start : truncated;
    }
}
