namespace JorgeBi.Core.Kpis;

/// <summary>
/// A half-open range of local wall-clock time in a location's zone: an event is in the
/// period when Start &lt;= its local time &lt; End. Both ends fall on local hour boundaries,
/// so every period is an exact range of rollup buckets.
/// </summary>
public sealed record Period(DateTime Start, DateTime End)
{
    public TimeSpan Length => End - Start;

    /// <summary>The period of the same length right before this one.</summary>
    public Period Previous => new(Start - Length, Start);

    /// <summary>Whole local days: the daily rollups can answer it.</summary>
    public bool IsWholeDays => Start.TimeOfDay == TimeSpan.Zero && End.TimeOfDay == TimeSpan.Zero;

    /// <summary>The trend grain that gives a readable number of points for this length.</summary>
    public TrendGrain Grain => Length.TotalDays switch
    {
        <= 2 => TrendGrain.Hour,
        <= 62 => TrendGrain.Day,
        <= 190 => TrendGrain.Week,
        _ => TrendGrain.Month,
    };

    public static Period Month(DateOnly anyDay)
    {
        var start = new DateTime(anyDay.Year, anyDay.Month, 1);
        return new Period(start, start.AddMonths(1));
    }
}

public enum TrendGrain { Hour, Day, Week, Month }
