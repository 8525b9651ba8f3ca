namespace JorgeBi.Core.Kpis;

/// <summary>
/// The buckets a period splits into at a grain: calendar hours, days, ISO weeks starting on
/// Monday, or months, as PostgreSQL's date_trunc cuts them. The first bucket is clipped to
/// the period's start, so the buckets partition the period and their sums are its totals.
/// </summary>
public static class TrendBuckets
{
    public static IReadOnlyList<DateTime> Starts(Period period, TrendGrain grain)
    {
        var starts = new List<DateTime>();
        for (var s = period.Start; s < period.End; s = Next(Truncate(s, grain), grain))
        {
            starts.Add(s);
        }
        return starts;
    }

    public static DateTime Truncate(DateTime t, TrendGrain grain) => grain switch
    {
        TrendGrain.Hour => new DateTime(t.Year, t.Month, t.Day, t.Hour, 0, 0),
        TrendGrain.Day => t.Date,
        TrendGrain.Week => t.Date.AddDays(-(((int)t.DayOfWeek + 6) % 7)),
        TrendGrain.Month => new DateTime(t.Year, t.Month, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(grain), grain, null),
    };

    /// <summary>The date_trunc field name of a grain.</summary>
    public static string SqlField(TrendGrain grain) => grain.ToString().ToLowerInvariant();

    private static DateTime Next(DateTime bucketStart, TrendGrain grain) => grain switch
    {
        TrendGrain.Hour => bucketStart.AddHours(1),
        TrendGrain.Day => bucketStart.AddDays(1),
        TrendGrain.Week => bucketStart.AddDays(7),
        _ => bucketStart.AddMonths(1),
    };
}
