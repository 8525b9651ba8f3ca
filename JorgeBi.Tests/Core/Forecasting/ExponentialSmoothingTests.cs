using JorgeBi.Core.Forecasting;

namespace JorgeBi.Tests.Core.Forecasting;

/// <summary>
/// Checks the component-form recursions against an independent implementation of the
/// error-correction form (Hyndman et al. 2008), where β = α·β*. The two are algebraically
/// equal, so any slip in either shows up as a difference.
/// </summary>
public class ExponentialSmoothingTests
{
    private const int M = 12;

    private static double[] NoisySeasonalSeries(int n, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, n)
            .Select(t => 500 + 4 * t + 80 * Math.Sin(2 * Math.PI * t / M) + 30 * (random.NextDouble() - 0.5))
            .ToArray();
    }

    private static SmoothingState InitialState(Seasonality seasonality)
    {
        var season = Enumerable.Range(0, M)
            .Select(j => seasonality == Seasonality.Multiplicative
                ? 1 + 0.15 * Math.Sin(2 * Math.PI * j / M)
                : 75 * Math.Sin(2 * Math.PI * j / M))
            .ToArray();
        return new SmoothingState(495, 3.5, season);
    }

    private sealed record Reference(List<double> Levels, List<double> Trends, List<double> Seasonals, List<double> Predictions, double[] Forecasts);

    private static Reference ErrorCorrectionForm(
        double[] y, bool multiplicative, double alpha, double betaStar, double gamma, double phi, SmoothingState init, int horizon)
    {
        var beta = alpha * betaStar;
        double l = init.Level, b = init.Trend;
        var seasons = init.Season.ToList(); // seasons[t] is s(t - m)
        var result = new Reference([], [], [], [], new double[horizon]);
        for (var t = 0; t < y.Length; t++)
        {
            var sOld = seasons[t];
            var lb = l + phi * b;
            var mu = multiplicative ? lb * sOld : lb + sOld;
            var e = y[t] - mu;
            if (multiplicative)
            {
                l = lb + alpha * e / sOld;
                b = phi * b + beta * e / sOld;
                seasons.Add(sOld + gamma * e / lb);
            }
            else
            {
                l = lb + alpha * e;
                b = phi * b + beta * e;
                seasons.Add(sOld + gamma * e);
            }

            result.Levels.Add(l);
            result.Trends.Add(b);
            result.Seasonals.Add(seasons[^1]);
            result.Predictions.Add(mu);
        }

        for (var h = 1; h <= horizon; h++)
        {
            var phiSum = Enumerable.Range(1, h).Sum(i => Math.Pow(phi, i));
            var s = seasons[y.Length + (h - 1) % M];
            result.Forecasts[h - 1] = multiplicative ? (l + phiSum * b) * s : l + phiSum * b + s;
        }

        return result;
    }

    [Theory]
    [InlineData(false, 1.0)]
    [InlineData(false, 0.9)]
    [InlineData(true, 1.0)]
    [InlineData(true, 0.92)]
    public void HoltWintersRecursions_FixedParameters_MatchErrorCorrectionReference(bool multiplicative, double phi)
    {
        var y = NoisySeasonalSeries(40, seed: 3);
        var seasonality = multiplicative ? Seasonality.Multiplicative : Seasonality.Additive;
        var init = InitialState(seasonality);
        const double alpha = 0.35, betaStar = 0.2, gamma = 0.25;

        var run = ExponentialSmoothing.Run(y, seasonality, new SmoothingParameters(alpha, betaStar, gamma, phi), init);
        var reference = ErrorCorrectionForm(y, multiplicative, alpha, betaStar, gamma, phi, init, horizon: 30);

        for (var t = 0; t < y.Length; t++)
        {
            Assert.Equal(reference.Levels[t], run.Levels[t], 1e-9);
            Assert.Equal(reference.Trends[t], run.Trends[t], 1e-9);
            Assert.Equal(reference.Seasonals[t], run.Seasonals[t], 1e-9);
            Assert.Equal(reference.Predictions[t], run.Predictions[t], 1e-9);
        }

        var forecast = run.Forecast(30);
        for (var h = 0; h < 30; h++)
        {
            Assert.Equal(reference.Forecasts[h], forecast[h], 1e-9);
        }
    }

    [Fact]
    public void HoltRecursions_NoSeason_MatchHandComputedFirstSteps()
    {
        // l0 = 10, b0 = 2, α = 0.5, β* = 0.5, φ = 1, y = 13:
        // prediction 12, level 0.5·13 + 0.5·12 = 12.5, trend 0.5·2.5 + 0.5·2 = 2.25.
        var run = ExponentialSmoothing.Run([13.0], Seasonality.None, new SmoothingParameters(0.5, 0.5, 0, 1), new SmoothingState(10, 2, []));

        Assert.Equal(12, run.Predictions[0], 1e-12);
        Assert.Equal(12.5, run.Levels[0], 1e-12);
        Assert.Equal(2.25, run.Trends[0], 1e-12);
        Assert.Equal([14.75, 17.0], run.Forecast(2));
    }

    [Fact]
    public void AnalyticDeviations_AdditiveSeasonal_MatchClosedFormAndNeverShrink()
    {
        var p = new SmoothingParameters(0.3, 0.1, 0.2, 0.95);

        var sd = ExponentialSmoothing.AnalyticStandardDeviations(p, M, sigma: 2, horizon: 26);

        Assert.Equal(2, sd[0], 1e-12);
        var c1 = 0.3 * (1 + 0.1 * 0.95);
        Assert.Equal(2 * Math.Sqrt(1 + c1 * c1), sd[1], 1e-12);
        double variance = 1;
        for (var j = 1; j < 13; j++)
        {
            var phiSum = Enumerable.Range(1, j).Sum(i => Math.Pow(0.95, i));
            var c = 0.3 * (1 + 0.1 * phiSum) + (j % M == 0 ? 0.2 : 0);
            variance += c * c;
        }

        Assert.Equal(2 * Math.Sqrt(variance), sd[12], 1e-12);
        Assert.All(sd.Zip(sd.Skip(1)), pair => Assert.True(pair.Second >= pair.First));
    }

    [Fact]
    public void InitialSeasonalState_LinearPlusSine_RecoversLevelSlopeAndSeason()
    {
        var y = Enumerable.Range(0, 24).Select(t => 100 + 2.0 * t + 20 * Math.Sin(2 * Math.PI * t / M)).ToArray();

        var state = SmoothingFitter.InitialSeasonalState(y, Seasonality.Additive)!;

        Assert.Equal(98, state.Level, 1e-9); // the trend line one month before the first
        Assert.Equal(2, state.Trend, 1e-9);
        for (var j = 0; j < M; j++)
        {
            Assert.Equal(20 * Math.Sin(2 * Math.PI * j / M), state.Season[j], 1e-9);
        }
    }
}
