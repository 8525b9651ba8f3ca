namespace JorgeBi.Core.Forecasting;

/// <summary>
/// The Holt / Holt-Winters recursions with optional damping, in component form. Kept separate
/// from fitting so the recursions can be checked against an independent implementation for
/// fixed parameters.
/// </summary>
internal static class ExponentialSmoothing
{
    /// <summary>Runs the recursions over <paramref name="y"/> from <paramref name="initial"/>.</summary>
    public static SmoothingRun Run(
        IReadOnlyList<double> y, Seasonality seasonality, SmoothingParameters parameters, SmoothingState initial)
    {
        var n = y.Count;
        var seasonal = seasonality != Seasonality.None;
        if (seasonal && initial.Season.Count == 0)
        {
            throw new ArgumentException("A seasonal model needs initial seasonal components.", nameof(initial));
        }

        var season = seasonal ? initial.Season.ToArray() : [];
        var levels = new double[n];
        var trends = new double[n];
        var seasonals = new double[n];
        var predictions = new double[n];
        var errors = new double[n];
        var level = initial.Level;
        var trend = initial.Trend;
        for (var t = 0; t < n; t++)
        {
            var slot = seasonal ? t % season.Length : 0;
            predictions[t] = Step(seasonality, parameters, ref level, ref trend, season, slot, y[t]);
            errors[t] = y[t] - predictions[t];
            levels[t] = level;
            trends[t] = trend;
            seasonals[t] = seasonal ? season[slot] : 0;
        }

        return new SmoothingRun(seasonality, parameters, levels, trends, seasonals, predictions, errors, season);
    }

    /// <summary>
    /// One observation: returns the prediction made before seeing <paramref name="y"/>, then updates
    /// level, trend and season[slot] in place. Shared by fitting and by the simulation of
    /// multiplicative prediction intervals, so both follow exactly the same model.
    /// </summary>
    public static double Step(
        Seasonality seasonality, SmoothingParameters p, ref double level, ref double trend, double[] season, int slot, double y)
    {
        var previousLevel = level;
        var levelAndTrend = level + p.Phi * trend;
        double prediction;
        switch (seasonality)
        {
            case Seasonality.Additive:
                var offset = season[slot];
                prediction = levelAndTrend + offset;
                level = p.Alpha * (y - offset) + (1 - p.Alpha) * levelAndTrend;
                season[slot] = p.Gamma * (y - levelAndTrend) + (1 - p.Gamma) * offset;
                break;
            case Seasonality.Multiplicative:
                var factor = season[slot];
                prediction = levelAndTrend * factor;
                level = p.Alpha * (y / factor) + (1 - p.Alpha) * levelAndTrend;
                season[slot] = p.Gamma * (y / levelAndTrend) + (1 - p.Gamma) * factor;
                break;
            default:
                prediction = levelAndTrend;
                level = p.Alpha * y + (1 - p.Alpha) * levelAndTrend;
                break;
        }

        trend = p.Beta * (level - previousLevel) + (1 - p.Beta) * p.Phi * trend;
        return prediction;
    }

    /// <summary>
    /// Forecast-error standard deviations for 1..horizon steps of an additive-error model with
    /// additive or no seasonality: the analytic ETS(A,Ad,A) result (Hyndman et al. 2008, table 6.1),
    /// σ_h² = σ²(1 + Σ_{j=1}^{h−1} c_j²), c_j = α(1 + β*(φ + … + φ^j)) + γ·[j divisible by m].
    /// The sum only grows, so intervals widen with the horizon.
    /// </summary>
    public static double[] AnalyticStandardDeviations(SmoothingParameters p, int seasonLength, double sigma, int horizon)
    {
        var result = new double[horizon];
        double variance = 1;
        double dampedSum = 0;
        double phiPower = 1;
        for (var h = 1; h <= horizon; h++)
        {
            result[h - 1] = sigma * Math.Sqrt(variance);
            phiPower *= p.Phi;
            dampedSum += phiPower;
            var seasonalLag = seasonLength > 0 && h % seasonLength == 0;
            var c = p.Alpha * (1 + p.Beta * dampedSum) + (seasonalLag ? p.Gamma : 0);
            variance += c * c;
        }

        return result;
    }
}
