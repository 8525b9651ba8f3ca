namespace JorgeBi.Core.Forecasting;

/// <summary>
/// Next month = the same month a year earlier. The benchmark every monthly forecast must beat,
/// and a fallback method in its own right. With less than a year of history it degrades to the
/// naive forecast (the last value), since there is no same-month value to copy.
/// </summary>
public static class SeasonalNaive
{
    public const int MonthsPerYear = 12;

    /// <summary>Point forecasts for the <paramref name="horizon"/> months after the history.</summary>
    public static double[] Predict(IReadOnlyList<double> history, int horizon)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentOutOfRangeException.ThrowIfLessThan(horizon, 1);
        var n = history.Count;
        if (n == 0)
        {
            throw new ArgumentException("The history must hold at least one month.", nameof(history));
        }

        var values = new double[horizon];
        for (var h = 1; h <= horizon; h++)
        {
            values[h - 1] = n >= MonthsPerYear
                ? history[n - MonthsPerYear + (h - 1) % MonthsPerYear]
                : history[n - 1];
        }

        return values;
    }

    /// <summary>
    /// Point forecasts with error standard deviations (FPP §5.5): σ from the in-sample errors of
    /// the same rule (year-on-year differences, or month-on-month when falling back to naive),
    /// growing as √(number of years ahead), or √h for naive. One month of history gives σ = 0:
    /// there is nothing to estimate the spread from.
    /// </summary>
    internal static ModelForecast Forecast(IReadOnlyList<double> history, int horizon)
    {
        var values = Predict(history, horizon);
        var n = history.Count;
        var deviations = new double[horizon];
        var seasonalSigma = ResidualSigma(history, MonthsPerYear);
        var seasonal = n >= MonthsPerYear;
        if (seasonal && n > MonthsPerYear)
        {
            for (var h = 1; h <= horizon; h++)
            {
                deviations[h - 1] = seasonalSigma * Math.Sqrt((h - 1) / MonthsPerYear + 1);
            }
        }
        else
        {
            // Exactly one year of history has no year-on-year error yet: borrow the naive spread.
            var sigma = ResidualSigma(history, 1);
            for (var h = 1; h <= horizon; h++)
            {
                deviations[h - 1] = sigma * Math.Sqrt(h);
            }
        }

        return new ModelForecast(seasonal ? "seasonal-naive" : "naive", values, deviations);
    }

    private static double ResidualSigma(IReadOnlyList<double> history, int lag)
    {
        var count = history.Count - lag;
        if (count <= 0)
        {
            return 0;
        }

        double sum = 0;
        for (var t = lag; t < history.Count; t++)
        {
            var e = history[t] - history[t - lag];
            sum += e * e;
        }

        return Math.Sqrt(sum / count);
    }
}
