using JorgeBi.Core.Company;
using JorgeBi.Core.Kpis;
using JorgeBi.Core.Statistics;

namespace JorgeBi.Core.Insights;

/// <summary>
/// Daily anomalies of leads, bot success rate, p95 response time and commission over the
/// local days a timeframe touches, each day judged against its 28 trailing days
/// (DOMAIN.md, Anomalies). One grouped daily read per location covers the timeframe and its history.
/// </summary>
public sealed class AnomalyService(ITrendSource trends, ILocationSource locations, TimeProvider clock)
{
    public static readonly IReadOnlyList<string> Timeframes = ["24h", "7d", "30d"];

    /// <summary>Null for an unknown location.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Timeframe not 24h, 7d or 30d, or sensitivity outside [0.1, 1.0].</exception>
    public async Task<AnomalyReport?> DetectAsync(string locationId, string timeframe, double sensitivity, CancellationToken ct = default)
    {
        Check(timeframe, sensitivity);
        var location = await locations.FindAsync(locationId, ct);
        return location is null ? null : await DetectAsync([location], timeframe, sensitivity, ct);
    }

    /// <summary>
    /// The anomalies of several locations as one business (location_id=all): the company's own
    /// daily series, each location's days over its own local dates added up by date (sums, rates
    /// of summed counts, p95 of the merged histograms, as <see cref="CompanyTrends"/> adds them).
    /// The company's anomalies, not a list of each office's: a demanding reader of the company
    /// view asks whether the business is off its normal, and an office's own anomalies are on that
    /// office's page, on its own scale (a small office's swings would bury the company's in one list).
    /// A day counts as finished only when it is finished in every location.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Timeframe not 24h, 7d or 30d, or sensitivity outside [0.1, 1.0].</exception>
    public async Task<AnomalyReport> DetectAsync(IReadOnlyList<LocationInfo> members, string timeframe, double sensitivity, CancellationToken ct = default)
    {
        Check(timeframe, sensitivity);
        var k = AnomalyDetector.SensitivityToK(sensitivity);
        var now = clock.GetUtcNow();
        var views = members.Select(l => View(l, timeframe, now)).ToList();
        var reads = await Task.WhenAll(views.Select(async v => (v.Location, Buckets: await trends.ReadAsync(v.Location, v.History, TrendGrain.Day, ct))));
        var byDate = reads
            .SelectMany(r => r.Buckets.Select(b => (Date: DateOnly.FromDateTime(b.Start), r.Location, b.Aggregates)))
            .ToLookup(b => b.Date);
        var today = views.Count == 0 ? DateOnly.MinValue : views.Min(v => v.Today);
        var firstDay = views.Count == 0 ? DateOnly.MinValue : views.Min(v => v.FirstDay);
        var lastDay = views.Count == 0 ? DateOnly.MinValue : views.Max(v => v.LastDay);
        // Open deals keep their own location's rate once combined; none of the watched KPIs uses the rate.
        var rate = members.Count > 0 ? members[0].CommissionRate : 0;
        var days = views.SelectMany(v => TrendBuckets.Starts(v.History, TrendGrain.Day)).Select(DateOnly.FromDateTime).Distinct().Order()
            .ToDictionary(d => d, d => KpiCalculator.Compute(CompanyAggregates.Combine([.. byDate[d].Select(b => (b.Location, b.Aggregates))]), rate));

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

    private static void Check(string timeframe, double sensitivity)
    {
        if (!Timeframes.Contains(timeframe)) throw new ArgumentOutOfRangeException(nameof(timeframe), timeframe, "Use 24h, 7d or 30d.");
        AnomalyDetector.SensitivityToK(sensitivity);
    }

    /// <summary>A location's side of the detection: its own today, the days of the timeframe and their 28 days of history, by its own clock.</summary>
    private sealed record LocationView(LocationInfo Location, DateOnly Today, DateOnly FirstDay, DateOnly LastDay, Period History);

    private static LocationView View(LocationInfo location, string timeframe, DateTimeOffset now)
    {
        var localNow = location.LocalNow(now);
        var period = Kpis.Timeframes.Resolve(timeframe, localNow);
        var history = new Period(period.Start.Date.AddDays(-AnomalyDetector.DefaultWindowDays), period.End.AddTicks(-1).Date.AddDays(1));
        return new LocationView(location, DateOnly.FromDateTime(localNow), DateOnly.FromDateTime(period.Start),
            DateOnly.FromDateTime(period.End.AddTicks(-1)), history);
    }
}
