namespace JorgeBi.Core.Forecasting;

/// <summary>
/// Forecasts a monthly series (e.g. Jorge's commission) with the richest method its history
/// supports, with 80 % / 95 % prediction intervals, a rolling-origin backtest and the
/// seasonal-naive baseline beside it.
/// </summary>
/// <remarks>
/// Method selection, by months of history n:
/// <list type="bullet">
/// <item>n ≥ 24: Holt-Winters with a 12-month season (see <see cref="HoltWinters"/>).</item>
/// <item>18 ≤ n &lt; 24: damped-trend Holt, unless seasonal-naive has the strictly lower backtest
/// MAPE. 18 months is where every one of the 6 backtest origins has a full year behind it, so the
/// comparison really tests the seasonal rule rather than its naive fallback.</item>
/// <item>3 ≤ n &lt; 18: damped-trend Holt.</item>
/// <item>1 ≤ n &lt; 3: naive (the last value).</item>
/// <item>n = 0: method <c>none</c> and no points.</item>
/// </list>
/// The reported backtest replays this whole selection at each origin (with the history of that
/// time), so it measures what the forecaster would actually have said, not only the final model.
/// Commission cannot be negative, so every value and bound is clamped at 0.
/// </remarks>
public static class MonthlyForecaster
{
    public const int MaxHorizon = 60;
    public const int MinMonthsForTrend = 3;
    public const int MinMonthsForSeasonalNaiveChoice = SeasonalNaive.MonthsPerYear + RollingOriginBacktest.Origins;

    /// <summary>Two-sided normal quantiles, Φ⁻¹(0.90) and Φ⁻¹(0.975).</summary>
    public const double Z80 = 1.2816;
    public const double Z95 = 1.96;

    /// <param name="history">Consecutive months (first day of each month), in any order; a month
    /// without deals must be present with 0, since a gap is ambiguous.</param>
    /// <param name="horizon">Months to forecast, 1 to <see cref="MaxHorizon"/>.</param>
    public static Forecast Predict(IReadOnlyList<(DateOnly MonthStart, double Value)> history, int horizon)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentOutOfRangeException.ThrowIfLessThan(horizon, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(horizon, MaxHorizon);

        var months = Validated(history);
        if (months.Length == 0)
        {
            return new Forecast("none", [], null, null);
        }

        var values = months.Select(m => m.Value).ToArray();
        var model = Select(values, horizon);
        var lastMonth = months[^1].MonthStart;
        var points = new ForecastPoint[horizon];
        for (var h = 0; h < horizon; h++)
        {
            var v = model.Values[h];
            var sd = model.StandardDeviations[h];
            points[h] = new ForecastPoint(
                lastMonth.AddMonths(h + 1),
                NonNegative(v),
                NonNegative(v - Z80 * sd),
                NonNegative(v + Z80 * sd),
                NonNegative(v - Z95 * sd),
                NonNegative(v + Z95 * sd));
        }

        return new Forecast(
            model.Method,
            points,
            RollingOriginBacktest.Mape(values, past => NonNegative(Select(past, 1).Values[0])),
            BaselineMape(values));
    }

    internal static ModelForecast Select(IReadOnlyList<double> values, int horizon)
    {
        var n = values.Count;
        if (n >= HoltWinters.MinMonths)
        {
            return HoltWinters.Forecast(values, horizon);
        }

        if (n < MinMonthsForTrend)
        {
            return SeasonalNaive.Forecast(values, horizon);
        }

        var dampedTrend = DampedTrend(values, horizon);
        if (n >= MinMonthsForSeasonalNaiveChoice)
        {
            var dampedMape = RollingOriginBacktest.Mape(values, past => NonNegative(DampedTrend(past, 1).Values[0]));
            var seasonalMape = BaselineMape(values);
            if (seasonalMape < dampedMape)
            {
                return SeasonalNaive.Forecast(values, horizon);
            }
        }

        return dampedTrend;
    }

    private static ModelForecast DampedTrend(IReadOnlyList<double> values, int horizon)
    {
        var fit = SmoothingFitter.FitDampedTrend(values);
        var deviations = ExponentialSmoothing.AnalyticStandardDeviations(fit.Parameters, seasonLength: 0, fit.Sigma, horizon);
        return new ModelForecast("damped-trend", fit.Run.Forecast(horizon), deviations);
    }

    private static double? BaselineMape(IReadOnlyList<double> values) =>
        RollingOriginBacktest.Mape(values, past => SeasonalNaive.Predict(past, 1)[0]);

    private static double NonNegative(double value) => Math.Max(0, value);

    private static (DateOnly MonthStart, double Value)[] Validated(IReadOnlyList<(DateOnly MonthStart, double Value)> history)
    {
        var months = history.OrderBy(m => m.MonthStart).ToArray();
        for (var i = 0; i < months.Length; i++)
        {
            var (month, value) = months[i];
            if (month.Day != 1)
            {
                throw new ArgumentException($"{month:yyyy-MM-dd} is not the first day of a month.", nameof(history));
            }

            if (!double.IsFinite(value))
            {
                throw new ArgumentException($"The value of {month:yyyy-MM} is not a finite number.", nameof(history));
            }

            if (i > 0 && months[i - 1].MonthStart.AddMonths(1) != month)
            {
                throw new ArgumentException(
                    $"The months must be consecutive: {months[i - 1].MonthStart:yyyy-MM} is followed by {month:yyyy-MM}.",
                    nameof(history));
            }
        }

        return months;
    }
}
