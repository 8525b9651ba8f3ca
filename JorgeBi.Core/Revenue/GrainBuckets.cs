using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Revenue;

/// <summary>
/// Splits a period into the calendar buckets of a trend grain (hours, days, ISO weeks from
/// Monday, calendar months). Buckets follow the calendar so a point reads as "the week of
/// Mar 2"; the first one is clipped to the period start, the last to its end.
/// </summary>
public static class GrainBuckets
{
    public static IReadOnlyList<DateTime> Starts(Period period, TrendGrain grain)
    {
        var starts = new List<DateTime> { period.Start };
        for (var t = Next(Floor(period.Start, grain), grain); t < period.End; t = Next(t, grain)) starts.Add(t);
        return starts;
    }

    /// <summary>The start of the bucket holding local time <paramref name="t"/> (which must be inside the period).</summary>
    public static DateTime BucketOf(DateTime t, Period period, TrendGrain grain)
    {
        var floor = Floor(t, grain);
        return floor < period.Start ? period.Start : floor;
    }

    public static DateTime Floor(DateTime t, TrendGrain grain) => grain switch
    {
        TrendGrain.Hour => new DateTime(t.Year, t.Month, t.Day, t.Hour, 0, 0, t.Kind),
        TrendGrain.Day => t.Date,
        TrendGrain.Week => t.Date.AddDays(-(((int)t.DayOfWeek + 6) % 7)),
        _ => new DateTime(t.Year, t.Month, 1, 0, 0, 0, t.Kind),
    };

    private static DateTime Next(DateTime bucketStart, TrendGrain grain) => grain switch
    {
        TrendGrain.Hour => bucketStart.AddHours(1),
        TrendGrain.Day => bucketStart.AddDays(1),
        TrendGrain.Week => bucketStart.AddDays(7),
        _ => bucketStart.AddMonths(1),
    };
}
