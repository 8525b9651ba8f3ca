using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Revenue;

/// <summary>
/// The parameters of API.md's <c>revenue-intelligence</c>: a named timeframe ending now, or
/// explicit <see cref="From"/>/<see cref="To"/> dates (both set, <see cref="To"/> inclusive)
/// in the location's zone.
/// </summary>
public sealed record RevenueRequest(string LocationId)
{
    public string Timeframe { get; init; } = Timeframes.Default;
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public RevenueGroupBy GroupBy { get; init; } = RevenueGroupBy.Source;
    public bool IncludeForecast { get; init; } = true;
    /// <summary>Days to forecast, <see cref="CommissionForecaster.MinDays"/> to <see cref="CommissionForecaster.MaxDays"/>.</summary>
    public int ForecastDays { get; init; } = 90;

    public Period ResolvePeriod(DateTime localNow) =>
        From is { } from && To is { } to ? Timeframes.Between(from, to) : Timeframes.Resolve(Timeframe, localNow);
}
