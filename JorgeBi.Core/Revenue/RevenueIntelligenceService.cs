using JorgeBi.Core.Forecasting;
using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Revenue;

/// <summary>
/// API.md's revenue intelligence for one location: sales over the period, who earned the
/// commission, where it is heading (statistical and pipeline-weighted forecasts) and what
/// each lead source cost and returned.
/// </summary>
public sealed class RevenueIntelligenceService(
    ILocationSource locations,
    ISalesSource sales,
    ICommissionBreakdownSource breakdowns,
    IMarketingSource marketing,
    IOpenDealSource openDeals,
    TimeProvider clock)
{
    /// <summary>Null when the location is unknown.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An unknown timeframe, or forecast days outside 30-365.</exception>
    public async Task<RevenueIntelligence?> GetAsync(RevenueRequest request, CancellationToken ct = default)
    {
        // Refuse a bad horizon before any I/O rather than after the other reads.
        if (request.IncludeForecast) _ = CommissionForecaster.Horizon(request.ForecastDays);
        var location = await locations.FindAsync(request.LocationId, ct);
        if (location is null) return null;
        return await ForPeriodAsync(location, request.ResolvePeriod(location.LocalNow(clock.GetUtcNow())), request, ct);
    }

    /// <summary>The same for a period already resolved; the request's own period fields are ignored.</summary>
    public async Task<RevenueIntelligence> ForPeriodAsync(LocationInfo location, Period period, RevenueRequest request, CancellationToken ct = default)
    {
        if (request.IncludeForecast) _ = CommissionForecaster.Horizon(request.ForecastDays);
        var reading = ReadAsync(location, period, request.GroupBy, ct);
        var forecast = request.IncludeForecast ? ForecastAsync(location, request.ForecastDays, ct) : Task.FromResult<Forecast?>(null);
        await Task.WhenAll(reading, forecast);
        var r = await reading;
        return Compose(location.LocationId, period, period.Grain,
            RevenueTimeseries.Build(period, period.Grain, r.Hourly),
            r.Grouped, r.Totals, r.Previous,
            LeadSourceCosts.Build(period, r.Leads, r.Spend, r.BySource),
            PipelineForecast.Build([r.Pipeline]),
            request.GroupBy, await forecast);
    }

    /// <summary>What the revenue of one location and period is computed from, every read at once.</summary>
    public async Task<RevenueReading> ReadAsync(LocationInfo location, Period period, RevenueGroupBy groupBy, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        // Independent reads, each on its own pooled connection.
        var hourly = sales.ReadHourlyAsync(location, period, ct);
        var totals = sales.ReadTotalsAsync(location, period, ct);
        var previous = sales.ReadTotalsAsync(location, period.Previous, ct);
        var bySource = breakdowns.ReadAsync(location, period, RevenueGroupBy.Source, ct);
        var grouped = groupBy == RevenueGroupBy.Source ? bySource : breakdowns.ReadAsync(location, period, groupBy, ct);
        var leads = marketing.ReadLeadsAsync(location, period, ct);
        var spend = marketing.ReadSpendAsync(location, period, ct);
        var open = openDeals.ReadAsync(location.LocationId, now, ct);
        await Task.WhenAll(hourly, totals, previous, bySource, grouped, leads, spend, open);
        return new RevenueReading(await hourly, await totals, await previous, await bySource, await grouped, await leads, await spend,
            new OfficePipeline(await open, DateOnly.FromDateTime(location.LocalNow(now)), location.CommissionRate));
    }

    /// <summary>The first day of the location's current local month: the first month its forecast predicts.</summary>
    public DateOnly CurrentMonth(LocationInfo location)
    {
        var localNow = location.LocalNow(clock.GetUtcNow());
        return new DateOnly(localNow.Year, localNow.Month, 1);
    }

    /// <summary>The location's commission per local month before <paramref name="currentMonth"/>: what the forecast is fitted on.</summary>
    public Task<IReadOnlyList<MonthlyCommission>> HistoryAsync(LocationInfo location, DateOnly currentMonth, CancellationToken ct = default) =>
        sales.ReadMonthlyCommissionAsync(location, currentMonth.ToDateTime(TimeOnly.MinValue), ct);

    /// <summary>The answer from what was read (one location's, or several combined), with its forecast when asked for.</summary>
    internal RevenueIntelligence Compose(string locationId, Period period, TrendGrain grain, IReadOnlyList<RevenuePoint> series,
        IEnumerable<BreakdownRow> grouped, SalesTotals totals, SalesTotals previous, IReadOnlyList<LeadSourceCost> costs,
        PipelineForecast pipeline, RevenueGroupBy groupBy, Forecast? forecast) =>
        new(locationId,
            period.Start,
            period.End,
            grain.ToString().ToLowerInvariant(),
            series,
            CommissionBreakdown.From(groupBy, grouped),
            forecast,
            pipeline,
            SummaryMetrics.From(totals, previous),
            costs,
            forecast is { } f ? ForecastAccuracy.From(f) : null,
            clock.GetUtcNow());

    private async Task<Forecast?> ForecastAsync(LocationInfo location, int forecastDays, CancellationToken ct)
    {
        var currentMonth = CurrentMonth(location);
        return CommissionForecaster.Predict(await HistoryAsync(location, currentMonth, ct), currentMonth, forecastDays);
    }
}

/// <summary>
/// What one location's revenue answer is computed from: the period's hourly sales, its and the
/// previous period's totals, its deals by source and by the asked grouping, leads and whole-month
/// spend by source, and the deals open now.
/// </summary>
public sealed record RevenueReading(
    IReadOnlyList<SalesBucket> Hourly,
    SalesTotals Totals,
    SalesTotals Previous,
    IReadOnlyList<BreakdownRow> BySource,
    IReadOnlyList<BreakdownRow> Grouped,
    IReadOnlyList<SourceLeads> Leads,
    IReadOnlyList<MonthlySpend> Spend,
    OfficePipeline Pipeline);
