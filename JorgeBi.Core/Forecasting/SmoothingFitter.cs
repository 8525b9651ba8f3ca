using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace JorgeBi.Core.Forecasting;

/// <summary>
/// Fits Holt (damped-trend) and Holt-Winters models by minimising the sum of squared one-step
/// errors: a small fixed grid picks a starting point, then Nelder-Mead refines it. Both are
/// deterministic, so the same history always gives the same forecast.
/// </summary>
internal static class SmoothingFitter
{
    public const int SeasonLength = 12;

    // FPP's usual admissible region: 0 < α < 1, 0 < β* < 1, 0 < γ < 1 − α, 0.8 ≤ φ ≤ 0.98.
    // φ is kept below 0.98 because a damping factor close to 1 is indistinguishable from the
    // undamped model in short series, and above 0.8 because stronger damping flattens too soon.
    private const double Lo = 1e-4;
    private const double Hi = 1 - 1e-4;
    private const double PhiLo = 0.8;
    private const double PhiHi = 0.98;

    private static readonly double[] AlphaGrid = [0.1, 0.3, 0.6, 0.9];
    private static readonly double[] BetaGrid = [0.01, 0.1, 0.3];
    private static readonly double[] GammaShareGrid = [0.01, 0.1, 0.3];
    private static readonly double[] PhiGrid = [0.9, 0.97];

    /// <summary>Damped-trend Holt, ETS(A,Ad,N), for a series of at least 3 values.</summary>
    public static FittedSmoothing FitDampedTrend(IReadOnlyList<double> y)
    {
        if (y.Count < 3)
        {
            throw new ArgumentException("A damped trend needs at least 3 values.", nameof(y));
        }

        // The first value is the starting level and the average of the first (up to 3) changes the
        // starting trend; the recursions then run over the rest, so every error is a real forecast.
        var k = Math.Min(y.Count - 1, 3);
        var initial = new SmoothingState(y[0], (y[k] - y[0]) / k, []);
        var data = y.Skip(1).ToArray();
        return Fit(data, Seasonality.None, damped: true, initial, initialStateCount: 2)!;
    }

    /// <summary>
    /// Holt-Winters with a 12-month season for a series of at least 24 values; null when the
    /// multiplicative form cannot start (non-positive values or a starting trend line that is).
    /// </summary>
    public static FittedSmoothing? FitHoltWinters(IReadOnlyList<double> y, Seasonality seasonality, bool damped)
    {
        var initial = InitialSeasonalState(y, seasonality);
        return initial is null
            ? null
            : Fit(y, seasonality, damped, initial, initialStateCount: 2 + SeasonLength - 1);
    }

    /// <summary>
    /// The classical start from the first two years: the yearly means give the level and the slope,
    /// and the average detrended value of each calendar month (normalised to sum 0, or to mean 1
    /// for factors) gives the season. The state is placed just before the first month.
    /// </summary>
    internal static SmoothingState? InitialSeasonalState(IReadOnlyList<double> y, Seasonality seasonality)
    {
        const int m = SeasonLength;
        if (y.Count < 2 * m)
        {
            throw new ArgumentException("Holt-Winters needs at least two full years.", nameof(y));
        }

        var firstYear = y.Take(m).Average();
        var secondYear = y.Skip(m).Take(m).Average();
        var slope = (secondYear - firstYear) / m;
        double TrendLine(int t) => firstYear + (t - (m - 1) / 2.0) * slope;

        var season = new double[m];
        for (var j = 0; j < m; j++)
        {
            if (seasonality == Seasonality.Multiplicative)
            {
                if (TrendLine(j) <= 0 || TrendLine(j + m) <= 0 || y[j] <= 0 || y[j + m] <= 0)
                {
                    return null;
                }

                season[j] = (y[j] / TrendLine(j) + y[j + m] / TrendLine(j + m)) / 2;
            }
            else
            {
                season[j] = (y[j] - TrendLine(j) + y[j + m] - TrendLine(j + m)) / 2;
            }
        }

        var mean = season.Average();
        for (var j = 0; j < m; j++)
        {
            season[j] = seasonality == Seasonality.Multiplicative ? season[j] / mean : season[j] - mean;
        }

        return new SmoothingState(TrendLine(-1), slope, season);
    }

    private static FittedSmoothing? Fit(
        IReadOnlyList<double> data, Seasonality seasonality, bool damped, SmoothingState initial, int initialStateCount)
    {
        var seasonal = seasonality != Seasonality.None;
        var bestSse = double.PositiveInfinity;
        SmoothingParameters? best = null;

        double Objective(SmoothingParameters p)
        {
            var sse = SumOfSquaredErrors(data, seasonality, p, initial);
            if (sse < bestSse)
            {
                bestSse = sse;
                best = p;
            }

            return sse;
        }

        foreach (var start in Grid(seasonal, damped))
        {
            Objective(start);
        }

        if (best is null)
        {
            return null;
        }

        Refine(best, seasonal, damped, Objective);

        var run = ExponentialSmoothing.Run(data, seasonality, best, initial);
        var smoothingCount = 2 + (seasonal ? 1 : 0) + (damped ? 1 : 0);
        var k = smoothingCount + initialStateCount;
        var t = data.Count;
        var sse = run.SumOfSquaredErrors;
        var sigma = Math.Sqrt(sse / Math.Max(1, t - k));
        return new FittedSmoothing(damped, run, k, sigma, Aicc(sse, t, k, data));
    }

    /// <summary>
    /// AICc of an additive-error model, T·ln(SSE/T) + 2k + 2k(k+1)/(T−k−1), with k counting
    /// smoothing parameters and initial states. A perfect fit (SSE = 0) is floored so the log stays
    /// finite and the model with fewer parameters wins the tie.
    /// </summary>
    private static double Aicc(double sse, int t, int k, IReadOnlyList<double> data)
    {
        var scale = data.Sum(v => v * v) / Math.Max(1, data.Count);
        var floor = 1e-20 * Math.Max(scale, 1) * t;
        var aic = t * Math.Log(Math.Max(sse, floor) / t) + 2 * k;
        return t - k - 1 > 0 ? aic + 2.0 * k * (k + 1) / (t - k - 1) : double.PositiveInfinity;
    }

    private static double SumOfSquaredErrors(
        IReadOnlyList<double> data, Seasonality seasonality, SmoothingParameters p, SmoothingState initial)
    {
        var season = initial.Season.ToArray();
        var level = initial.Level;
        var trend = initial.Trend;
        double sse = 0;
        for (var t = 0; t < data.Count; t++)
        {
            // A multiplicative model whose level-and-trend or factor crosses 0 is meaningless
            // (the updates divide by them), so such parameters are rejected outright.
            if (seasonality == Seasonality.Multiplicative
                && (level + p.Phi * trend <= 0 || season[t % season.Length] <= 0))
            {
                return double.PositiveInfinity;
            }

            var slot = season.Length == 0 ? 0 : t % season.Length;
            var e = data[t] - ExponentialSmoothing.Step(seasonality, p, ref level, ref trend, season, slot, data[t]);
            sse += e * e;
        }

        return double.IsFinite(sse) ? sse : double.PositiveInfinity;
    }

    private static IEnumerable<SmoothingParameters> Grid(bool seasonal, bool damped)
    {
        foreach (var alpha in AlphaGrid)
            foreach (var beta in BetaGrid)
                foreach (var gammaShare in seasonal ? GammaShareGrid : [0.0])
                    foreach (var phi in damped ? PhiGrid : [1.0])
                    {
                        yield return new SmoothingParameters(alpha, beta, gammaShare * (1 - alpha), phi);
                    }
    }

    /// <summary>
    /// Nelder-Mead over unbounded coordinates mapped into the admissible region by logistic
    /// functions. The objective remembers the best point it has seen, so a run that stops on its
    /// iteration limit still improves on the grid.
    /// </summary>
    private static void Refine(
        SmoothingParameters start, bool seasonal, bool damped, Func<SmoothingParameters, double> objective)
    {
        SmoothingParameters FromVector(Vector<double> x)
        {
            var i = 0;
            var alpha = Squash(x[i++], Lo, Hi);
            var beta = Squash(x[i++], Lo, Hi);
            var gamma = seasonal ? (1 - alpha) * Squash(x[i++], Lo, Hi) : 0;
            var phi = damped ? Squash(x[i], PhiLo, PhiHi) : 1;
            return new SmoothingParameters(alpha, beta, gamma, phi);
        }

        var initialGuess = new List<double>
        {
            Unsquash(start.Alpha, Lo, Hi),
            Unsquash(start.Beta, Lo, Hi),
        };
        if (seasonal)
        {
            initialGuess.Add(Unsquash(start.Gamma / (1 - start.Alpha), Lo, Hi));
        }

        if (damped)
        {
            initialGuess.Add(Unsquash(start.Phi, PhiLo, PhiHi));
        }

        var guess = Vector<double>.Build.DenseOfEnumerable(initialGuess);
        var perturbation = Vector<double>.Build.Dense(guess.Count, 0.5);
        var function = ObjectiveFunction.Value(x => Finite(objective(FromVector(x))));
        try
        {
            new NelderMeadSimplex(convergenceTolerance: 1e-10, maximumIterations: 2000)
                .FindMinimum(function, guess, perturbation);
        }
        catch (MaximumIterationsException)
        {
            // The best point seen so far is already recorded by the objective.
        }
    }

    // Nelder-Mead compares and averages function values; infinities would poison that arithmetic.
    private static double Finite(double value) => double.IsFinite(value) ? value : 1e300;

    private static double Squash(double x, double lo, double hi) => lo + (hi - lo) / (1 + Math.Exp(-x));

    private static double Unsquash(double value, double lo, double hi)
    {
        var share = Math.Clamp((value - lo) / (hi - lo), 1e-6, 1 - 1e-6);
        return Math.Log(share / (1 - share));
    }
}
