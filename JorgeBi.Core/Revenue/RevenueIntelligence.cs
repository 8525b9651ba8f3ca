using JorgeBi.Core.Analytics;
using JorgeBi.Core.Forecasting;

namespace JorgeBi.Core.Revenue;

/// <summary>
/// The answer of API.md's <c>revenue-intelligence</c>; under a snake_case JSON policy the
/// property names are the contract's fields. <see cref="Forecast"/> and
/// <see cref="ForecastAccuracy"/> are null when the forecast was not requested.
/// </summary>
/// <param name="Period">The local wall-clock range [start, end) the period numbers cover.</param>
/// <param name="LastUpdated">When the answer was computed (UTC).</param>
public sealed record RevenueIntelligence(
    string LocationId,
    Period Period,
    IReadOnlyList<RevenuePoint> RevenueTimeseries,
    CommissionBreakdown CommissionBreakdown,
    Forecast? Forecast,
    PipelineForecast PipelineForecast,
    SummaryMetrics SummaryMetrics,
    IReadOnlyList<SourceCost> CostPerSource,
    ForecastAccuracy? ForecastAccuracy,
    DateTimeOffset LastUpdated);
