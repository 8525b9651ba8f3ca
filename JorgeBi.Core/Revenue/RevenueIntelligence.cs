using JorgeBi.Core.Forecasting;
using JorgeBi.Core.Freshness;
using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Revenue;

/// <summary>
/// The answer of API.md's <c>revenue-intelligence</c>; under a snake_case JSON policy the
/// property names are the contract's fields. <see cref="Forecast"/> and
/// <see cref="ForecastAccuracy"/> are null when the forecast was not requested.
/// </summary>
/// <param name="PeriodStart">Local wall-clock start of the period in the location's zone (inclusive); for all
/// locations, the earliest of their periods' starts (the span of local dates the series covers).</param>
/// <param name="PeriodEnd">Local wall-clock end of the period (exclusive); for all locations, the latest end.</param>
/// <param name="Grain">Bucket size of <see cref="RevenueTimeseries"/>: <c>hour</c>, <c>day</c>, <c>week</c> or <c>month</c>.</param>
/// <param name="LastUpdated">When the answer was computed (UTC).</param>
public sealed record RevenueIntelligence(
    string LocationId,
    DateTime PeriodStart,
    DateTime PeriodEnd,
    string Grain,
    IReadOnlyList<RevenuePoint> RevenueTimeseries,
    CommissionBreakdown CommissionBreakdown,
    Forecast? Forecast,
    PipelineForecast PipelineForecast,
    SummaryMetrics SummaryMetrics,
    IReadOnlyList<LeadSourceCost> CostPerSource,
    ForecastAccuracy? ForecastAccuracy,
    DateTimeOffset LastUpdated) : IHasDataAsOf<RevenueIntelligence>
{
    /// <summary>The last event applied to the numbers of this answer.</summary>
    public DataAsOf? DataAsOf { get; init; }

    public RevenueIntelligence WithDataAsOf(DataAsOf dataAsOf) => this with { DataAsOf = dataAsOf };

    /// <summary>The period the numbers cover (not serialised: <see cref="Kpis.Period"/> links to its previous period endlessly).</summary>
    public Period Period() => new(PeriodStart, PeriodEnd);
}
