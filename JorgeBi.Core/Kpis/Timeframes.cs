namespace JorgeBi.Core.Kpis;

/// <summary>
/// The named timeframes of API.md, ending now in the location's zone. "24h" is the 24
/// local hours ending with the current hour; the others are that many local days ending
/// with today, so the previous period is the same number of whole days before it.
/// </summary>
public static class Timeframes
{
    public const string Default = "30d";

    public static readonly IReadOnlyList<string> All = ["24h", "7d", "30d", "90d", "1y"];

    /// <summary>Longest explicit from/to range accepted, in days (ten years).</summary>
    public const int MaxRangeDays = 3660;

    public static Period Resolve(string timeframe, DateTime localNow)
    {
        var today = localNow.Date;
        return timeframe switch
        {
            "24h" => Hours(localNow),
            "7d" => Days(today, 7),
            "30d" => Days(today, 30),
            "90d" => Days(today, 90),
            "1y" => Days(today, 365),
            _ => throw new ArgumentOutOfRangeException(nameof(timeframe), timeframe, "Unknown timeframe."),
        };
    }

    /// <summary>Explicit dates in the location's zone, <paramref name="to"/> inclusive.</summary>
    public static Period Between(DateOnly from, DateOnly to) =>
        new(from.ToDateTime(TimeOnly.MinValue), to.AddDays(1).ToDateTime(TimeOnly.MinValue));

    private static Period Hours(DateTime localNow)
    {
        var end = localNow.Date.AddHours(localNow.Hour + 1);
        return new Period(end.AddHours(-24), end);
    }

    private static Period Days(DateTime today, int days) => new(today.AddDays(1 - days), today.AddDays(1));
}
