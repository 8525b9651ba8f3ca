using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace JorgeBi.Core.Forecasting;

/// <summary>
/// Holt-Winters with a yearly season: fits the additive and (for all-positive series) the
/// multiplicative form, each undamped and damped, and keeps the one with the lowest AICc.
/// All four have additive errors fitted by least squares, so AICc trades SSE against the number
/// of parameters on one scale.
/// </summary>
internal static class HoltWinters
{
    public const int MinMonths = 2 * SmoothingFitter.SeasonLength;

    private const int SimulatedPaths = 2000;
    private const int SimulationSeed = 20240613;

    public static ModelForecast Forecast(IReadOnlyList<double> y, int horizon)
    {
        var candidates = new List<FittedSmoothing?>
        {
            SmoothingFitter.FitHoltWinters(y, Seasonality.Additive, damped: false),
            SmoothingFitter.FitHoltWinters(y, Seasonality.Additive, damped: true),
        };
        if (y.All(v => v > 0))
        {
            candidates.Add(SmoothingFitter.FitHoltWinters(y, Seasonality.Multiplicative, damped: false));
            candidates.Add(SmoothingFitter.FitHoltWinters(y, Seasonality.Multiplicative, damped: true));
        }

        // Ties keep the earlier candidate: additive before multiplicative, undamped before damped.
        var best = candidates.OfType<FittedSmoothing>().MinBy(c => c.Aicc)!;
        var method = (best.Seasonality == Seasonality.Additive ? "holt-winters-additive" : "holt-winters-multiplicative")
            + (best.Damped ? "-damped" : "");
        var deviations = best.Seasonality == Seasonality.Additive
            ? ExponentialSmoothing.AnalyticStandardDeviations(best.Parameters, SmoothingFitter.SeasonLength, best.Sigma, horizon)
            : SimulatedStandardDeviations(best, horizon);
        return new ModelForecast(method, best.Run.Forecast(horizon), deviations);
    }

    /// <summary>
    /// The multiplicative season has no simple closed-form forecast variance, so future paths are
    /// simulated from the fitted model with normal errors of the residual σ, from a fixed seed so
    /// the answer is reproducible. The spread of the paths at each horizon is the deviation.
    /// </summary>
    private static double[] SimulatedStandardDeviations(FittedSmoothing fit, int horizon)
    {
        var run = fit.Run;
        var random = new MersenneTwister(SimulationSeed, threadSafe: false);
        var sums = new double[horizon];
        var squares = new double[horizon];
        var counts = new int[horizon];
        var season = new double[run.FinalSeason.Length];
        for (var path = 0; path < SimulatedPaths; path++)
        {
            var level = run.Levels[^1];
            var trend = run.Trends[^1];
            Array.Copy(run.FinalSeason, season, season.Length);
            for (var h = 1; h <= horizon; h++)
            {
                var slot = (run.Count - 1 + h) % season.Length;
                var mean = (level + fit.Parameters.Phi * trend) * season[slot];
                var y = mean + fit.Sigma * Normal.Sample(random, 0, 1);
                if (level + fit.Parameters.Phi * trend <= 0)
                {
                    // A path whose level collapsed cannot be continued by the multiplicative updates.
                    break;
                }

                ExponentialSmoothing.Step(Seasonality.Multiplicative, fit.Parameters, ref level, ref trend, season, slot, y);
                sums[h - 1] += y;
                squares[h - 1] += y * y;
                counts[h - 1]++;
            }
        }

        var deviations = new double[horizon];
        for (var h = 0; h < horizon; h++)
        {
            var c = counts[h];
            var variance = c > 1 ? (squares[h] - sums[h] * sums[h] / c) / (c - 1) : 0;
            deviations[h] = Math.Sqrt(Math.Max(variance, 0));
        }

        return deviations;
    }
}
