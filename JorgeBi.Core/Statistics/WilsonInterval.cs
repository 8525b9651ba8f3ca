namespace JorgeBi.Core.Statistics;

/// <summary>
/// Wilson score interval for a binomial proportion (e.g. a bot's success rate). Chosen over the
/// plain normal ("Wald") interval because it stays inside [0, 1] and keeps a sensible width at
/// 0 % and 100 %, which is exactly where small bots live.
/// </summary>
public static class WilsonInterval
{
    /// <summary>The two-sided 95 % normal quantile, Φ⁻¹(0.975).</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>
    /// The interval around <paramref name="successes"/> / <paramref name="trials"/>.
    /// With no trials nothing is known, so the answer is the whole range (0, 1): a bot without
    /// traffic is then neither "below target" nor confidently above it.
    /// </summary>
    public static Interval Compute(long successes, long trials, double z = Z95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(trials);
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);
        if (!(z > 0) || double.IsInfinity(z))
        {
            throw new ArgumentOutOfRangeException(nameof(z), z, "z must be a positive finite number.");
        }

        if (trials == 0)
        {
            return new Interval(0, 1);
        }

        double n = trials;
        var p = successes / n;
        var z2 = z * z;
        var denominator = 1 + z2 / n;
        var centre = (p + z2 / (2 * n)) / denominator;
        var halfWidth = z / denominator * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n));

        // At p = 0 or 1 the closed form gives exactly 0 or 1 on one side; rounding can leave it
        // a hair outside, so the ends are pinned.
        var low = successes == 0 ? 0 : Math.Clamp(centre - halfWidth, 0, 1);
        var high = successes == trials ? 1 : Math.Clamp(centre + halfWidth, 0, 1);
        return new Interval(low, high);
    }
}
