using MathNet.Numerics.Distributions;

namespace JorgeBi.Core.Insights;

/// <summary>The normal-approximation tests behind the insights' confidence values.</summary>
public static class Significance
{
    /// <summary>
    /// Confidence that a proportion's true value exceeds <paramref name="reference"/>, having seen
    /// <paramref name="observed"/> over <paramref name="n"/> trials: Φ of the one-sample z score
    /// under the reference (1 - the one-sided p-value).
    /// </summary>
    public static double ConfidenceAbove(double observed, double reference, long n) =>
        Normal.CDF(0, 1, (observed - reference) / Math.Sqrt(reference * (1 - reference) / n));

    /// <summary>Pooled two-proportion z test: the z score of p1 - p2 and its two-sided p-value.</summary>
    public static (double Z, double PValue) TwoProportions(long successes1, long n1, long successes2, long n2)
    {
        double p1 = (double)successes1 / n1, p2 = (double)successes2 / n2;
        var pooled = (double)(successes1 + successes2) / (n1 + n2);
        var se = Math.Sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        if (se == 0) return (0, 1);
        var z = (p1 - p2) / se;
        return (z, 2 * (1 - Normal.CDF(0, 1, Math.Abs(z))));
    }
}
