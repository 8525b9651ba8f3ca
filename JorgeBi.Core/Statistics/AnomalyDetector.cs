namespace JorgeBi.Core.Statistics;

/// <summary>
/// Flags daily KPI values outside median ± k·σ̂ of their trailing window (DOMAIN.md, Anomalies).
/// </summary>
public static class AnomalyDetector
{
    public const int DefaultWindowDays = 28;
    public const int DefaultMinHistoryDays = 7;
    public const double MinSensitivity = 0.1;
    public const double MaxSensitivity = 1.0;

    /// <summary>
    /// Maps the API's sensitivity in [0.1, 1.0] to k = 5 − 3·sensitivity, i.e. from 4.7 (only
    /// gross outliers) down to 2.0 (about 1 day in 20 of pure noise). Linear and strictly
    /// decreasing, so a more sensitive request can only flag more days; 0.5 gives 3.5, a
    /// common robust-outlier cut-off.
    /// </summary>
    public static double SensitivityToK(double sensitivity)
    {
        if (!(sensitivity >= MinSensitivity && sensitivity <= MaxSensitivity))
        {
            throw new ArgumentOutOfRangeException(
                nameof(sensitivity), sensitivity, $"Sensitivity must be in [{MinSensitivity}, {MaxSensitivity}].");
        }

        return 5 - 3 * sensitivity;
    }

    /// <summary>
    /// The anomalies of a daily series, oldest first. A day is judged only when at least
    /// <paramref name="minHistoryDays"/> of the <paramref name="windowDays"/> calendar days before
    /// it are in the series; days missing from the series are not invented (pass 0 explicitly for
    /// a count KPI with no events, leave a day out for a KPI that is undefined that day, like p95).
    /// Severity by how far outside, in half-band-widths r = |value − median| / (k·σ̂):
    /// <c>low</c> for r &lt; 1.5, <c>medium</c> for r &lt; 2, <c>high</c> beyond.
    /// </summary>
    public static IReadOnlyList<Anomaly> Detect(
        IEnumerable<(DateOnly Date, double Value)> series,
        double k,
        int minHistoryDays = DefaultMinHistoryDays,
        int windowDays = DefaultWindowDays)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentOutOfRangeException.ThrowIfLessThan(windowDays, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(minHistoryDays, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minHistoryDays, windowDays);

        var days = Sorted(series);
        var anomalies = new List<Anomaly>();
        var window = new List<double>(windowDays);
        var windowStart = 0;
        for (var i = 0; i < days.Length; i++)
        {
            var (date, value) = days[i];
            var firstDay = date.AddDays(-windowDays);
            while (days[windowStart].Date < firstDay)
            {
                windowStart++;
            }

            if (i - windowStart < minHistoryDays)
            {
                continue;
            }

            window.Clear();
            for (var j = windowStart; j < i; j++)
            {
                window.Add(days[j].Value);
            }

            var band = RobustBand.FromWindow(window, k);
            if (!band.IsOutside(value))
            {
                continue;
            }

            var r = band.BandWidthsFromMedian(value);
            anomalies.Add(new Anomaly(
                date,
                value,
                band.Median,
                band.Lower,
                band.Upper,
                value > band.Upper ? "above" : "below",
                r < 1.5 ? "low" : r < 2 ? "medium" : "high",
                r));
        }

        return anomalies;
    }

    private static (DateOnly Date, double Value)[] Sorted(IEnumerable<(DateOnly Date, double Value)> series)
    {
        var days = series.OrderBy(d => d.Date).ToArray();
        for (var i = 0; i < days.Length; i++)
        {
            if (!double.IsFinite(days[i].Value))
            {
                throw new ArgumentException($"The value of {days[i].Date:yyyy-MM-dd} is not a finite number.", nameof(series));
            }

            if (i > 0 && days[i].Date == days[i - 1].Date)
            {
                throw new ArgumentException($"The date {days[i].Date:yyyy-MM-dd} appears twice.", nameof(series));
            }
        }

        return days;
    }
}
