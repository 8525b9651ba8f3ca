using JorgeBi.Core.Forecasting;
using JorgeBi.Core.Kpis;
using JorgeBi.Core.Revenue;

namespace JorgeBi.Core.Company;

/// <summary>
/// revenue-intelligence for several locations at once (location_id=all): each location read
/// over its own local period exactly as its own answer reads it, then combined (DOMAIN.md, "All
/// locations"). Sales, breakdown rows and source costs are summed by key, so cost per lead and
/// ROI are those of the sums; the time series adds the offices up by local date over every date
/// any of them covers (as <see cref="CompanyTrends"/> does); each open deal keeps its own
/// office's date and commission rate.
/// </summary>
public static class CompanyRevenue
{
    /// <param name="locationId">What the answer names as its location: the company's id.</param>
    /// <param name="period">The requested period as any one office reads it: its length gives the grain, and
    /// it is the answer's period when there is no office at all.</param>
    /// <exception cref="ArgumentOutOfRangeException">Forecast days outside 30-365.</exception>
    public static async Task<RevenueIntelligence> ForPeriodAsync(RevenueIntelligenceService revenue, string locationId, Period period,
        IReadOnlyList<LocationPeriod> members, RevenueRequest request, CancellationToken ct = default)
    {
        if (request.IncludeForecast) _ = CommissionForecaster.Horizon(request.ForecastDays);
        var reads = Task.WhenAll(members.Select(m => revenue.ReadAsync(m.Location, m.Period, request.GroupBy, ct)));
        var forecast = request.IncludeForecast ? ForecastAsync(revenue, members, request.ForecastDays, ct) : Task.FromResult<Forecast?>(null);
        await Task.WhenAll(reads, forecast);
        var readings = members.Zip(await reads).ToList();

        // Every member's period has the same length, hence the same grain; the span may be longer.
        var grain = period.Grain;
        var span = members.Count == 0 ? period : new Period(members.Min(m => m.Period.Start), members.Max(m => m.Period.End));
        return revenue.Compose(locationId, span, grain,
            RevenueTimeseries.Build(span, grain, readings.SelectMany(r => r.Second.Hourly)),
            SumByKey(readings.SelectMany(r => r.Second.Grouped)),
            Sum(readings.Select(r => r.Second.Totals)),
            Sum(readings.Select(r => r.Second.Previous)),
            // Each office's spend is prorated to its own period before the sources are added up.
            LeadSourceCosts.Combine(readings.SelectMany(r => LeadSourceCosts.Build(r.First.Period, r.Second.Leads, r.Second.Spend, r.Second.BySource))),
            PipelineForecast.Build([.. readings.Select(r => r.Second.Pipeline)]),
            request.GroupBy,
            await forecast);
    }

    /// <summary>
    /// The company's commission per local month, the offices' months added up, before the
    /// company's current month: the earliest of the offices' own current months. A month still
    /// running at any office is not history yet; counted, it would read as a drop.
    /// </summary>
    public static async Task<(DateOnly CurrentMonth, IReadOnlyList<MonthlyCommission> History)> HistoryAsync(
        RevenueIntelligenceService revenue, IReadOnlyList<LocationPeriod> members, CancellationToken ct = default)
    {
        var currentMonth = members.Count == 0 ? DateOnly.MinValue : members.Min(m => revenue.CurrentMonth(m.Location));
        var histories = await Task.WhenAll(members.Select(m => revenue.HistoryAsync(m.Location, currentMonth, ct)));
        IReadOnlyList<MonthlyCommission> summed = histories.SelectMany(h => h)
            .GroupBy(h => h.Month)
            .OrderBy(g => g.Key)
            .Select(g => new MonthlyCommission(g.Key, g.Sum(h => h.Commission)))
            .ToList();
        return (currentMonth, summed);
    }

    // The statistical forecast models a monthly series, so the company's is fitted, and
    // backtested, on the offices' monthly commission added up by local month (the daily sales
    // added up by local date, folded into months), through the very forecaster one office uses.
    private static async Task<Forecast?> ForecastAsync(
        RevenueIntelligenceService revenue, IReadOnlyList<LocationPeriod> members, int forecastDays, CancellationToken ct)
    {
        var (currentMonth, history) = await HistoryAsync(revenue, members, ct);
        return CommissionForecaster.Predict(history, currentMonth, forecastDays);
    }

    private static SalesTotals Sum(IEnumerable<SalesTotals> totals)
    {
        var all = totals.ToList();
        return new SalesTotals(all.Sum(t => t.DealsClosed), all.Sum(t => t.Revenue), all.Sum(t => t.Commission));
    }

    private static IEnumerable<BreakdownRow> SumByKey(IEnumerable<BreakdownRow> rows) =>
        rows.GroupBy(r => r.Key, StringComparer.Ordinal)
            .Select(g => new BreakdownRow(g.Key, g.Sum(r => r.Deals), g.Sum(r => r.Revenue), g.Sum(r => r.Commission)));
}
