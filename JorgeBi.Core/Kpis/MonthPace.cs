namespace JorgeBi.Core.Kpis;

/// <summary>The current local month and how much of it has passed: the pace the monthly commission target is judged against.</summary>
public static class MonthPace
{
    public static Period CurrentMonth(DateTime localNow) => Period.Month(DateOnly.FromDateTime(localNow));

    /// <summary>Fraction of the current local month already past, from 0 at its first instant towards 1.</summary>
    public static double Elapsed(DateTime localNow)
    {
        var month = CurrentMonth(localNow);
        return (localNow - month.Start) / month.Length;
    }

    /// <summary>Commission of the month so far / monthly target; null when no target is set.</summary>
    public static double? Progress(decimal monthCommission, decimal monthlyTarget) =>
        monthlyTarget > 0 ? (double)(monthCommission / monthlyTarget) : null;
}
