using JorgeBi.Core.Freshness;

namespace JorgeBi.Core.Insights;

/// <summary>One daily KPI value outside its expected band (anomaly-detection in API.md).</summary>
/// <param name="Metric">The <see cref="Kpis.Kpi"/> name of the daily series.</param>
/// <param name="Expected">Median of the 28 days before.</param>
/// <param name="Severity">low, medium or high (<see cref="Statistics.AnomalyDetector"/>).</param>
public sealed record AnomalyFinding(
    DateOnly Date,
    string Metric,
    double Value,
    double Expected,
    double Lower,
    double Upper,
    string Direction,
    string Severity,
    string Description);

/// <summary>The anomalies of a timeframe, oldest first, with the request's settings echoed.</summary>
public sealed record AnomalyReport(
    IReadOnlyList<AnomalyFinding> Anomalies,
    double Sensitivity,
    string Timeframe) : IHasDataAsOf<AnomalyReport>
{
    /// <summary>The last event applied to the numbers of this answer.</summary>
    public DataAsOf? DataAsOf { get; init; }

    public AnomalyReport WithDataAsOf(DataAsOf dataAsOf) => this with { DataAsOf = dataAsOf };
}
