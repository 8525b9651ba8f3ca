using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Revenue;

/// <summary>
/// Marketing spend arrives per calendar month, but periods rarely are months. A period is
/// charged each month's spend in proportion to the share of that month it covers: for whole
/// days, the days of the month inside the period / the days of the month ($1,000 for April,
/// period April 16-30: 15/30, $500). Shorter periods (24h) get the same share by hours. The
/// share is taken on local wall-clock time, so a DST day counts as a whole day.
/// </summary>
public static class SpendProration
{
    /// <summary>The part of <paramref name="amount"/>, spent in the month starting <paramref name="monthStart"/>, that falls in the period; to the cent.</summary>
    public static decimal Prorate(decimal amount, DateTime monthStart, Period period)
    {
        var monthEnd = monthStart.AddMonths(1);
        var from = monthStart > period.Start ? monthStart : period.Start;
        var to = monthEnd < period.End ? monthEnd : period.End;
        if (to <= from) return 0;
        var share = (decimal)(to - from).Ticks / (monthEnd - monthStart).Ticks;
        return Math.Round(amount * share, 2, MidpointRounding.AwayFromZero);
    }
}
