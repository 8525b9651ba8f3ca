namespace JorgeBi.Core.Forecasting;

/// <summary>
/// The result of running the smoothing recursions over a series: per observation t the updated
/// level, trend and seasonal component, the one-step prediction made before seeing it and its error.
/// </summary>
internal sealed record SmoothingRun(
    Seasonality Seasonality,
    SmoothingParameters Parameters,
    double[] Levels,
    double[] Trends,
    double[] Seasonals,
    double[] Predictions,
    double[] Errors,
    double[] FinalSeason)
{
    public int Count => Levels.Length;

    public double SumOfSquaredErrors => Errors.Sum(e => e * e);

    /// <summary>Point forecasts for 1..horizon steps after the last observation.</summary>
    public double[] Forecast(int horizon)
    {
        var level = Levels[^1];
        var trend = Trends[^1];
        var m = FinalSeason.Length;
        var values = new double[horizon];
        double dampedSum = 0;
        double phiPower = 1;
        for (var h = 1; h <= horizon; h++)
        {
            phiPower *= Parameters.Phi;
            dampedSum += phiPower;
            var levelAndTrend = level + dampedSum * trend;
            values[h - 1] = Seasonality switch
            {
                Seasonality.Additive => levelAndTrend + FinalSeason[(Count - 1 + h) % m],
                Seasonality.Multiplicative => levelAndTrend * FinalSeason[(Count - 1 + h) % m],
                _ => levelAndTrend,
            };
        }

        return values;
    }
}
