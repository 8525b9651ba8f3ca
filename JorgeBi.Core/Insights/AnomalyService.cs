using JorgeBi.Core.Analytics;
using JorgeBi.Core.Statistics;

namespace JorgeBi.Core.Insights;

/// <summary>
/// Daily anomalies of leads, bot success rate, p95 response time and commission over the
/// local days a timeframe touches, each day judged against its 28 trailing days
/// (DOMAIN.md, Anomalies). One grouped daily read covers the timeframe and its history.
/// </summary>
public sealed class AnomalyService(ITrendSource trends, ILocationSource locations, TimeProvider clock)
{
    public static readonly IReadOnlyList<string> Timeframes = ["24h", "7d", "30d"];

    /// <summary>Null for an unknown location.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Timeframe not 24h, 7d or 30d, or sensitivity outside [0.1, 1.0].</exception>
    public async Task<AnomalyReport?> DetectAsync(string locationId, string timeframe, double sensitivity, CancellationToken ct = default)
    {
        if (!Timeframes.Contains(timeframe)) throw new ArgumentOutOfRangeException(nameof(timeframe), timeframe, "Use 24h, 7d or 30d.");
        var k = AnomalyDetector.SensitivityToK(sensitivity);
        var location = await locations.FindAsync(locationId, ct);
        if (location is null) return null;

        var localNow = location.LocalNow(clock.GetUtcNow());
        var period = Analytics.Timeframes.Resolve(timeframe, localNow);
        var firstDay = DateOnly.FromDateTime(period.Start);
        var lastDay = DateOnly.FromDateTime(period.End.AddTicks(-1));
        var today = DateOnly.FromDateTime(localNow);
        var history = new Period(period.Start.Date.AddDays(-AnomalyDetector.DefaultWindowDays), period.End.AddTicks(-1).Date.AddDays(1));
        var buckets = (await trends.ReadAsync(location, history, TrendGrain.Day, ct)).ToDictionary(b => DateOnly.FromDateTime(b.Start), b => b.Aggregates);
        var days = TrendBuckets.Starts(history, TrendGrain.Day).Select(DateOnly.FromDateTime)
            .ToDictionary(d => d, d => KpiCalculator.Compute(buckets.GetValueOrDefault(d) ?? new KpiAggregates(), location.CommissionRate));

        var findings = new List<AnomalyFinding>();
        foreach (var metric in AnomalyMetric.All)
        {
            var series = days
                .Where(d => !metric.CompleteDaysOnly || d.Key < today)
                .Select(d => (Date: d.Key, Value: d.Value[metric.Kpi]))
                .Where(p => p.Value is not null)
                .Select(p => (p.Date, p.Value!.Value));
            findings.AddRange(AnomalyDetector.Detect(series, k)
                .Where(a => a.Date >= firstDay && a.Date <= lastDay)
                .Select(a => new AnomalyFinding(a.Date, metric.Kpi, a.Value, a.Expected, a.Lower, a.Upper, a.Direction, a.Severity,
                    metric.Describe(a.Date, a.Value, a.Expected, a.Lower, a.Upper, a.Direction))));
        }
        return new AnomalyReport(findings.OrderBy(f => f.Date).ThenBy(f => f.Metric, StringComparer.Ordinal).ToList(), sensitivity, timeframe);
    }
}
