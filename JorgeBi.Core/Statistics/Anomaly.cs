namespace JorgeBi.Core.Statistics;

/// <summary>
/// A daily value outside its robust band.
/// </summary>
/// <param name="Expected">The median of the trailing window.</param>
/// <param name="Direction"><c>above</c> or <c>below</c> the band.</param>
/// <param name="Severity"><c>low</c>, <c>medium</c> or <c>high</c>; see <see cref="AnomalyDetector"/>.</param>
/// <param name="BandWidths">|value − expected| / (k·σ̂): how many half-band-widths from the median (&gt; 1).</param>
public sealed record Anomaly(
    DateOnly Date,
    double Value,
    double Expected,
    double Lower,
    double Upper,
    string Direction,
    string Severity,
    double BandWidths);
