namespace JorgeBi.Core.Statistics;

/// <summary>
/// The expected band of a value, median ± k·σ̂, estimated robustly from a trailing window so
/// that the anomalies of the past do not widen the band that judges today.
/// </summary>
/// <param name="Median">The median of the window: the expected value.</param>
/// <param name="Scale">σ̂, the robust estimate of the window's standard deviation (never 0).</param>
/// <param name="K">How many σ̂ the band reaches either side of the median.</param>
public sealed record RobustBand(double Median, double Scale, double K)
{
    /// <summary>
    /// 1 / Φ⁻¹(0.75): for normally distributed data, MAD × 1.4826 estimates σ, so k keeps its
    /// usual "k standard deviations" meaning.
    /// </summary>
    public const double MadToSigma = 1.4826;

    /// <summary>
    /// √(π/2): for normal data the mean absolute deviation × 1.2533 estimates σ. Used only when
    /// more than half of the window sits exactly on the median (MAD = 0), as in the modified
    /// z-score convention, so that a few earlier deviations still give the band a width.
    /// </summary>
    public const double MeanAbsoluteDeviationToSigma = 1.253314;

    /// <summary>
    /// The smallest σ̂, relative to |median|. A perfectly flat window has σ̂ = 0; the floor keeps
    /// the band from being a single point, so that float noise is not flagged while a real spike
    /// (any change of more than k % of the level) still is.
    /// </summary>
    public const double RelativeScaleFloor = 0.01;

    /// <summary>The smallest σ̂ when the median itself is 0 (e.g. a day count that is usually 0).</summary>
    public const double AbsoluteScaleFloor = 1e-6;

    public double Lower => Median - K * Scale;

    public double Upper => Median + K * Scale;

    /// <summary>True when the value lies strictly outside the band.</summary>
    public bool IsOutside(double value) => value < Lower || value > Upper;

    /// <summary>Distance from the median in half-band-widths (k·σ̂): above 1 means outside.</summary>
    public double BandWidthsFromMedian(double value) => Math.Abs(value - Median) / (K * Scale);

    /// <summary>The band of a window of past values (order does not matter).</summary>
    public static RobustBand FromWindow(IReadOnlyList<double> window, double k)
    {
        ArgumentNullException.ThrowIfNull(window);
        if (window.Count == 0)
        {
            throw new ArgumentException("The window must hold at least one value.", nameof(window));
        }

        if (!(k > 0) || double.IsInfinity(k))
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, "k must be a positive finite number.");
        }

        var median = Percentiles.Median(window)!.Value;
        var deviations = window.Select(v => Math.Abs(v - median)).ToArray();
        var scale = MadToSigma * Percentiles.Median(deviations)!.Value;
        if (scale == 0)
        {
            scale = MeanAbsoluteDeviationToSigma * deviations.Average();
        }

        var floor = Math.Max(RelativeScaleFloor * Math.Abs(median), AbsoluteScaleFloor);
        return new RobustBand(median, Math.Max(scale, floor), k);
    }
}
