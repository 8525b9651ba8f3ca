using JorgeBi.Core.Executive;
using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Company;

/// <summary>
/// One office's row of the company view's location comparison: its KPIs over its own local
/// period (<see cref="PeriodStart"/>, <see cref="PeriodEnd"/>), exactly as its own dashboard shows them.
/// </summary>
public sealed record LocationKpis(
    string LocationId,
    string Name,
    string TimeZone,
    DateTime PeriodStart,
    DateTime PeriodEnd,
    IReadOnlyDictionary<string, double?> Metrics,
    IReadOnlyDictionary<string, double?> Comparisons,
    IReadOnlyDictionary<string, KpiTarget> Targets)
{
    public static LocationKpis From(LocationPeriod member, ExecutiveKpis kpis) => new(
        member.Location.LocationId, member.Location.Name, member.Location.TimeZone, member.Period.Start, member.Period.End,
        kpis.Metrics, kpis.Comparisons, kpis.Targets);
}
