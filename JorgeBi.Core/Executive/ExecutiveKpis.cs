using System.Text.Json.Serialization;
using JorgeBi.Core.Company;
using JorgeBi.Core.Freshness;
using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Executive;

/// <summary>
/// Everything dashboard-kpis answers for one location and period (API.md). Maps are keyed by
/// the <see cref="Kpi"/> names. <see cref="Previous"/> holds the same KPIs for the period
/// right before; commission_target_progress there is null, as it is about the current month,
/// not the period. <see cref="Trends"/> is empty when trends were not asked for.
/// </summary>
public sealed record ExecutiveKpis(
    IReadOnlyDictionary<string, double?> Metrics,
    IReadOnlyDictionary<string, double?> Previous,
    IReadOnlyDictionary<string, double?> Comparisons,
    IReadOnlyDictionary<string, IReadOnlyList<TrendPoint>> Trends,
    IReadOnlyDictionary<string, KpiTarget> Targets,
    JorgeCommissionSummary JorgeCommission,
    DateTimeOffset LastUpdated) : IHasDataAsOf<ExecutiveKpis>
{
    /// <summary>The last event applied to the numbers of this answer.</summary>
    public DataAsOf? DataAsOf { get; init; }

    public ExecutiveKpis WithDataAsOf(DataAsOf dataAsOf) => this with { DataAsOf = dataAsOf };

    /// <summary>
    /// For several locations at once (location_id=all): each location's own KPIs over its own
    /// local period, beside the combined ones above. Absent for one location.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<LocationKpis>? Locations { get; init; }

    /// <summary>Whether the API answered from its cache (the answer is as of <see cref="LastUpdated"/>).</summary>
    public bool CacheHit { get; init; }
}
