using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Executive;

/// <summary>
/// The executive KPIs of one location and period: current and previous values, changes,
/// trends, target verdicts and the commission panel, all through <see cref="KpiCalculator"/>.
/// </summary>
public sealed class ExecutiveKpiService(IKpiSource source, ITrendSource trends, ILocationSource locations, TimeProvider clock)
{
    /// <summary>The KPI values of a named timeframe ending now; null for an unknown location.</summary>
    public async Task<IReadOnlyDictionary<string, double?>?> CurrentAsync(string locationId, string timeframe, CancellationToken ct = default) =>
        (await GetAsync(locationId, timeframe, includeTrends: false, ct))?.Metrics;

    /// <summary>A named timeframe (<see cref="Timeframes"/>) ending now in the location's zone.</summary>
    public async Task<ExecutiveKpis?> GetAsync(string locationId, string timeframe, bool includeTrends = true, CancellationToken ct = default)
    {
        var location = await locations.FindAsync(locationId, ct);
        if (location is null) return null;
        var period = Timeframes.Resolve(timeframe, location.LocalNow(clock.GetUtcNow()));
        return await GetAsync(location, period, includeTrends, ct);
    }

    /// <summary>Any period (e.g. from <see cref="Timeframes.Between"/>); null for an unknown location.</summary>
    public async Task<ExecutiveKpis?> GetAsync(string locationId, Period period, bool includeTrends = true, CancellationToken ct = default)
    {
        var location = await locations.FindAsync(locationId, ct);
        return location is null ? null : await GetAsync(location, period, includeTrends, ct);
    }

    /// <summary>Any period of a location already looked up.</summary>
    public async Task<ExecutiveKpis> GetAsync(LocationInfo location, Period period, bool includeTrends, CancellationToken ct = default) =>
        Build(await ReadAsync(location, period, includeTrends, ct));

    /// <summary>What the KPIs of a location and period are computed from.</summary>
    public async Task<KpiReading> ReadAsync(LocationInfo location, Period period, bool includeTrends, CancellationToken ct = default)
    {
        var localNow = location.LocalNow(clock.GetUtcNow());
        var month = MonthPace.CurrentMonth(localNow);
        // Independent reads on their own connections: the answer waits for the slowest, not the sum.
        // The trend buckets partition the period, so their histograms add up to its histogram:
        // with trends, the store need not read it a second time.
        var currentRead = includeTrends ? source.ReadWithoutLatencyAsync(location, period, ct) : source.ReadAsync(location, period, ct);
        var previousRead = source.ReadAsync(location, period.Previous, ct);
        var monthCommissionRead = period == month ? null : source.ReadCommissionAsync(location, month, ct);
        var trendsRead = includeTrends ? trends.ReadAsync(location, period, period.Grain, ct) : null;
        var current = await currentRead;
        var buckets = trendsRead is null ? null : await trendsRead;
        if (buckets is not null && current is { Latency.Count: 0, P95ResponseMs: null })
        {
            current = current.WithLatency(LatencyCell.Merge(buckets.SelectMany(b => b.Aggregates.Latency)));
        }
        return new KpiReading(location, period, localNow, current, await previousRead,
            monthCommissionRead is null ? current.Commission : await monthCommissionRead, buckets);
    }

    /// <summary>The KPIs of one location from what was read for it.</summary>
    public ExecutiveKpis Build(KpiReading r)
    {
        var rate = r.Location.CommissionRate;
        var series = r.Trends is null
            ? new Dictionary<string, IReadOnlyList<TrendPoint>>()
            : TrendSeries.Build(r.Period, r.Period.Grain, r.Trends, rate);
        return Compose(r.Current, r.Previous, series, new CommissionTerms(rate, r.MonthCommission, r.Location.MonthlyCommissionTarget,
            MonthPace.Elapsed(r.LocalNow)));
    }

    /// <summary>
    /// The answer from aggregates already read (one location's, or the company's combined),
    /// through <see cref="KpiCalculator"/> either way.
    /// </summary>
    internal ExecutiveKpis Compose(KpiAggregates current, KpiAggregates previous,
        IReadOnlyDictionary<string, IReadOnlyList<TrendPoint>> series, CommissionTerms terms)
    {
        var progress = MonthPace.Progress(terms.MonthCommission, terms.MonthlyTarget);
        var metrics = WithProgress(KpiCalculator.Compute(current, terms.Rate), progress);
        var before = WithProgress(KpiCalculator.Compute(previous, terms.Rate), null);
        var comparisons = metrics.ToDictionary(m => m.Key, m => KpiCalculator.Change(m.Value, before.GetValueOrDefault(m.Key)));
        var commission = new JorgeCommissionSummary(
            terms.Rate,
            metrics[Kpi.PipelineValue] ?? 0,
            metrics[Kpi.JorgeCommission] ?? 0,
            terms.MonthlyTarget,
            progress is { } p ? Math.Round(p * 100, 2) : null);
        return new ExecutiveKpis(metrics, before, comparisons, series,
            KpiTargets.Evaluate(metrics, terms.MonthElapsed), commission, clock.GetUtcNow());
    }

    private static Dictionary<string, double?> WithProgress(IReadOnlyDictionary<string, double?> kpis, double? progress) =>
        new(kpis) { [Kpi.CommissionTargetProgress] = progress };
}

/// <summary>What one location's KPIs are computed from: its period's and the previous period's aggregates, the month's commission, the trend buckets (null when not asked for).</summary>
public sealed record KpiReading(LocationInfo Location, Period Period, DateTime LocalNow, KpiAggregates Current, KpiAggregates Previous,
    decimal MonthCommission, IReadOnlyList<TrendBucket>? Trends);

/// <summary>
/// The commission side of the answer: the rate, the current month's commission against its
/// target, and the share of the month gone (the target's pace).
/// </summary>
internal sealed record CommissionTerms(decimal Rate, decimal MonthCommission, decimal MonthlyTarget, double MonthElapsed);
