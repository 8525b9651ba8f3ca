using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Revenue;

/// <summary>Folds hourly sales into one point per bucket of a grain, empty buckets included.</summary>
public static class RevenueTimeseries
{
    /// <param name="grain">The period's own grain for one location; for several, the grain of their (equally long) periods,
    /// which the span of all their local dates may not have.</param>
    public static IReadOnlyList<RevenuePoint> Build(Period period, TrendGrain grain, IEnumerable<SalesBucket> hourly)
    {
        var points = GrainBuckets.Starts(period, grain).ToDictionary(s => s, s => new RevenuePoint(s, 0, 0, 0));
        foreach (var h in hourly)
        {
            var key = GrainBuckets.BucketOf(h.Bucket, period, grain);
            var p = points[key];
            points[key] = p with
            {
                Revenue = p.Revenue + h.Revenue,
                Commission = p.Commission + h.Commission,
                DealsClosed = p.DealsClosed + h.DealsClosed,
            };
        }
        return points.Values.OrderBy(p => p.Period).ToList();
    }
}
