using JorgeBi.Core.Forecasting;

namespace JorgeBi.Tests.Core.Forecasting;

public class HoltWintersTests
{
    private static double[] MultiplicativeSeries(int n, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, n)
            .Select(t => (300 + 8.0 * t) * (1 + 0.35 * Math.Sin(2 * Math.PI * t / 12)) + 20 * (random.NextDouble() - 0.5))
            .ToArray();
    }

    [Fact]
    public void Forecast_MultiplicativeSeason_SimulatedDeviationStartsAtResidualSigma()
    {
        var y = MultiplicativeSeries(48, seed: 17);
        var forecast = HoltWinters.Forecast(y, 13);
        var fit = forecast.Method.EndsWith("-damped")
            ? SmoothingFitter.FitHoltWinters(y, Seasonality.Multiplicative, damped: true)!
            : SmoothingFitter.FitHoltWinters(y, Seasonality.Multiplicative, damped: false)!;

        Assert.StartsWith("holt-winters-multiplicative", forecast.Method);
        // One step ahead the only uncertainty is the next error, so the simulated spread is σ
        // up to sampling noise (2,000 paths: a few percent).
        Assert.Equal(fit.Sigma, forecast.StandardDeviations[0], fit.Sigma * 0.06);
        // A year later, in the same calendar month, the level and trend errors have added up.
        Assert.True(forecast.StandardDeviations[12] > forecast.StandardDeviations[0], string.Join(", ", forecast.StandardDeviations));
    }

    [Fact]
    public void Forecast_ChoosesLowestAicc()
    {
        var y = MultiplicativeSeries(36, seed: 23);
        var fits = new[]
        {
            SmoothingFitter.FitHoltWinters(y, Seasonality.Additive, damped: false)!,
            SmoothingFitter.FitHoltWinters(y, Seasonality.Additive, damped: true)!,
            SmoothingFitter.FitHoltWinters(y, Seasonality.Multiplicative, damped: false)!,
            SmoothingFitter.FitHoltWinters(y, Seasonality.Multiplicative, damped: true)!,
        };
        var best = fits.MinBy(f => f.Aicc)!;
        var expected = (best.Seasonality == Seasonality.Additive ? "holt-winters-additive" : "holt-winters-multiplicative")
            + (best.Damped ? "-damped" : "");

        Assert.Equal(expected, HoltWinters.Forecast(y, 3).Method);
    }

    [Fact]
    public void FitHoltWinters_FittedSse_IsNoWorseThanAnyGridPoint()
    {
        var y = MultiplicativeSeries(36, seed: 29);
        var init = SmoothingFitter.InitialSeasonalState(y, Seasonality.Additive)!;

        var fit = SmoothingFitter.FitHoltWinters(y, Seasonality.Additive, damped: false)!;

        foreach (var alpha in new[] { 0.1, 0.5, 0.9 })
            foreach (var beta in new[] { 0.01, 0.3 })
            {
                var run = ExponentialSmoothing.Run(y, Seasonality.Additive, new SmoothingParameters(alpha, beta, 0.05, 1), init);
                Assert.True(fit.Run.SumOfSquaredErrors <= run.SumOfSquaredErrors + 1e-9);
            }
    }
}
