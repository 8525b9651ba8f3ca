namespace JorgeBi.Core.Analytics;

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
    public async Task<ExecutiveKpis> GetAsync(LocationInfo location, Period period, bool includeTrends, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var localNow = location.LocalNow(now);
        var month = MonthPace.CurrentMonth(localNow);
        // Independent reads on their own connections: the answer waits for the slowest, not the sum.
        var currentRead = source.ReadAsync(location, period, ct);
        var previousRead = source.ReadAsync(location, period.Previous, ct);
        var monthCommissionRead = period == month ? null : source.ReadCommissionAsync(location, month, ct);
        var trendsRead = includeTrends ? trends.ReadAsync(location, period, period.Grain, ct) : null;
        var current = await currentRead;
        var previous = await previousRead;
        var monthCommission = monthCommissionRead is null ? current.Commission : await monthCommissionRead;
        var progress = MonthPace.Progress(monthCommission, location.MonthlyCommissionTarget);

        var metrics = WithProgress(KpiCalculator.Compute(current, location.CommissionRate), progress);
        var before = WithProgress(KpiCalculator.Compute(previous, location.CommissionRate), null);
        var comparisons = metrics.ToDictionary(m => m.Key, m => KpiCalculator.Change(m.Value, before.GetValueOrDefault(m.Key)));
        var series = trendsRead is null
            ? new Dictionary<string, IReadOnlyList<TrendPoint>>()
            : TrendSeries.Build(period, period.Grain, await trendsRead, location.CommissionRate);

        var commission = new JorgeCommissionSummary(
            location.CommissionRate,
            metrics[Kpi.PipelineValue] ?? 0,
            metrics[Kpi.JorgeCommission] ?? 0,
            location.MonthlyCommissionTarget,
            progress is { } p ? Math.Round(p * 100, 2) : null);
        return new ExecutiveKpis(metrics, before, comparisons, series,
            KpiTargets.Evaluate(metrics, MonthPace.Elapsed(localNow)), commission, now);
    }

    private static Dictionary<string, double?> WithProgress(IReadOnlyDictionary<string, double?> kpis, double? progress) =>
        new(kpis) { [Kpi.CommissionTargetProgress] = progress };
}
