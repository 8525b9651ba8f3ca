using System.Text.Json.Serialization;
using JorgeBi.Core.Analytics;

namespace JorgeBi.Core.Company;

/// <summary>
/// One office's row of the company view's location comparison: its KPIs over its own local
/// period (<see cref="PeriodStart"/>, <see cref="PeriodEnd"/>), exactly as its own dashboard shows them.
/// </summary>
public sealed record LocationKpis(
    [property: JsonPropertyName("location_id")] string LocationId,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("time_zone")] string TimeZone,
    [property: JsonPropertyName("period_start")] DateTime PeriodStart,
    [property: JsonPropertyName("period_end")] DateTime PeriodEnd,
    [property: JsonPropertyName("metrics")] IReadOnlyDictionary<string, double?> Metrics,
    [property: JsonPropertyName("comparisons")] IReadOnlyDictionary<string, double?> Comparisons,
    [property: JsonPropertyName("targets")] IReadOnlyDictionary<string, KpiTarget> Targets)
{
    public static LocationKpis From(LocationPeriod member, ExecutiveKpis kpis) => new(
        member.Location.LocationId, member.Location.Name, member.Location.TimeZone, member.Period.Start, member.Period.End,
        kpis.Metrics, kpis.Comparisons, kpis.Targets);
}
