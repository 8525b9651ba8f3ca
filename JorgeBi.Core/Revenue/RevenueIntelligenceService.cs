using JorgeBi.Core.Analytics;
using JorgeBi.Core.Forecasting;

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
        var now = clock.GetUtcNow();
        var localNow = location.LocalNow(now);

        // Independent reads, each on its own pooled connection.
        var hourly = sales.ReadHourlyAsync(location, period, ct);
        var totals = sales.ReadTotalsAsync(location, period, ct);
        var previous = sales.ReadTotalsAsync(location, period.Previous, ct);
        var bySource = breakdowns.ReadAsync(location, period, RevenueGroupBy.Source, ct);
        var grouped = request.GroupBy == RevenueGroupBy.Source ? bySource : breakdowns.ReadAsync(location, period, request.GroupBy, ct);
        var leads = marketing.ReadLeadsAsync(location, period, ct);
        var spend = marketing.ReadSpendAsync(location, period, ct);
        var open = openDeals.ReadAsync(location.LocationId, now, ct);
        var forecast = request.IncludeForecast ? ForecastAsync(location, localNow, request.ForecastDays, ct) : Task.FromResult<Forecast?>(null);
        await Task.WhenAll(hourly, totals, previous, bySource, grouped, leads, spend, open, forecast);

        return new RevenueIntelligence(
            location.LocationId,
            period.Start,
            period.End,
            period.Grain.ToString().ToLowerInvariant(),
            RevenueTimeseries.Build(period, await hourly),
            CommissionBreakdown.From(request.GroupBy, await grouped),
            await forecast,
            PipelineForecast.Build(await open, DateOnly.FromDateTime(localNow), location.CommissionRate),
            SummaryMetrics.From(await totals, await previous),
            CostPerSource.Build(period, await leads, await spend, await bySource),
            await forecast is { } f ? ForecastAccuracy.From(f) : null,
            now);
    }

    private async Task<Forecast?> ForecastAsync(LocationInfo location, DateTime localNow, int forecastDays, CancellationToken ct)
    {
        var currentMonth = new DateOnly(localNow.Year, localNow.Month, 1);
        var history = await sales.ReadMonthlyCommissionAsync(location, currentMonth.ToDateTime(TimeOnly.MinValue), ct);
        return CommissionForecaster.Predict(history, currentMonth, forecastDays);
    }
}
