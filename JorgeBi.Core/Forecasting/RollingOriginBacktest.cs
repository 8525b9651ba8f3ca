namespace JorgeBi.Core.Forecasting;

/// <summary>
/// Rolling-origin evaluation: for each of the last months t, forecast t from the months before
/// it only, as the forecaster would have done at the time, and score the one-step error.
/// </summary>
internal static class RollingOriginBacktest
{
    public const int Origins = 6;

    /// <summary>
    /// Mean absolute percentage error in percent over the last <see cref="Origins"/> months.
    /// Months whose actual is 0 have no percentage error and are skipped, as are months with no
    /// earlier history; null when nothing is left to score.
    /// </summary>
    public static double? Mape(IReadOnlyList<double> values, Func<IReadOnlyList<double>, double> oneStepAhead)
    {
        double sum = 0;
        var scored = 0;
        for (var t = Math.Max(1, values.Count - Origins); t < values.Count; t++)
        {
            var actual = values[t];
            if (actual == 0)
            {
                continue;
            }

            var forecast = oneStepAhead(values.Take(t).ToArray());
            sum += Math.Abs(actual - forecast) / Math.Abs(actual);
            scored++;
        }

        return scored == 0 ? null : 100 * sum / scored;
    }
}
