using JorgeBi.Core.Analytics;

namespace JorgeBi.Core.Revenue;

/// <summary>Folds hourly sales into one point per bucket of the period's grain, empty buckets included.</summary>
public static class RevenueTimeseries
{
    public static IReadOnlyList<RevenuePoint> Build(Period period, IEnumerable<SalesBucket> hourly)
    {
        var grain = period.Grain;
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
