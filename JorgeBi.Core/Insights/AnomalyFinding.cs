using System.Text.Json.Serialization;
using JorgeBi.Core.Freshness;

namespace JorgeBi.Core.Insights;

/// <summary>One daily KPI value outside its expected band (anomaly-detection in API.md).</summary>
/// <param name="Metric">The <see cref="Analytics.Kpi"/> name of the daily series.</param>
/// <param name="Expected">Median of the 28 days before.</param>
/// <param name="Severity">low, medium or high (<see cref="Statistics.AnomalyDetector"/>).</param>
public sealed record AnomalyFinding(
    [property: JsonPropertyName("date")] DateOnly Date,
    [property: JsonPropertyName("metric")] string Metric,
    [property: JsonPropertyName("value")] double Value,
    [property: JsonPropertyName("expected")] double Expected,
    [property: JsonPropertyName("lower")] double Lower,
    [property: JsonPropertyName("upper")] double Upper,
    [property: JsonPropertyName("direction")] string Direction,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("description")] string Description);

/// <summary>The anomalies of a timeframe, oldest first, with the request's settings echoed.</summary>
public sealed record AnomalyReport(
    [property: JsonPropertyName("anomalies")] IReadOnlyList<AnomalyFinding> Anomalies,
    [property: JsonPropertyName("sensitivity")] double Sensitivity,
    [property: JsonPropertyName("timeframe")] string Timeframe) : IHasDataAsOf<AnomalyReport>
{
    /// <summary>The last event applied to the numbers of this answer.</summary>
    [JsonPropertyName("data_as_of")] public DataAsOf? DataAsOf { get; init; }

    public AnomalyReport WithDataAsOf(DataAsOf dataAsOf) => this with { DataAsOf = dataAsOf };
}
