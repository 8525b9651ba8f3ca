using JorgeBi.Core.Forecasting;

namespace JorgeBi.Core.Revenue;

/// <summary>
/// Forecasts monthly <c>jorge_commission</c> with <see cref="MonthlyForecaster"/> from the
/// location's history: every month from its first month with sales to the last complete
/// month (the current month is partial and would read as a drop), months without sales as 0.
/// </summary>
public static class CommissionForecaster
{
    public const int MinDays = 30;
    public const int MaxDays = 365;

    /// <summary>Forecast months for a number of days: ceil(days / 30), so 90 days is 3 months and 365 is 13.</summary>
    public static int Horizon(int forecastDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(forecastDays, MinDays);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(forecastDays, MaxDays);
        return (forecastDays + 29) / 30;
    }

    /// <param name="history">Commission per month before <paramref name="currentMonth"/>; missing months had none.</param>
    /// <param name="currentMonth">First day of the location's current local month: the first forecast month.</param>
    public static Forecast Predict(IEnumerable<MonthlyCommission> history, DateOnly currentMonth, int forecastDays)
    {
        var horizon = Horizon(forecastDays);
        var byMonth = history
            .Select(h => (Month: DateOnly.FromDateTime(h.Month), h.Commission))
            .Where(h => h.Month < currentMonth)
            .ToDictionary(h => h.Month, h => h.Commission);
        if (byMonth.Count == 0) return MonthlyForecaster.Predict([], horizon);

        var months = new List<(DateOnly MonthStart, double Value)>();
        for (var m = byMonth.Keys.Min(); m < currentMonth; m = m.AddMonths(1))
        {
            months.Add((m, (double)byMonth.GetValueOrDefault(m)));
        }
        return MonthlyForecaster.Predict(months, horizon);
    }
}
