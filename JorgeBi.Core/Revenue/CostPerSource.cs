using JorgeBi.Core.Analytics;

namespace JorgeBi.Core.Revenue;

/// <summary>Joins leads, prorated spend and closed deals per source into <see cref="SourceCost"/> rows.</summary>
public static class CostPerSource
{
    /// <param name="dealsBySource">The period's deals grouped by source (<see cref="RevenueGroupBy.Source"/>).</param>
    public static IReadOnlyList<SourceCost> Build(
        Period period, IEnumerable<SourceLeads> leads, IEnumerable<MonthlySpend> spend, IEnumerable<BreakdownRow> dealsBySource)
    {
        var leadsOf = leads.ToDictionary(l => l.Source, l => l.Leads, StringComparer.Ordinal);
        var spendOf = spend.GroupBy(s => s.Source, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(s => SpendProration.Prorate(s.Amount, s.Month, period)), StringComparer.Ordinal);
        var dealsOf = dealsBySource.ToDictionary(d => d.Key, StringComparer.Ordinal);

        return leadsOf.Keys.Union(spendOf.Keys).Union(dealsOf.Keys)
            .Select(source =>
            {
                var n = leadsOf.GetValueOrDefault(source);
                var cost = spendOf.GetValueOrDefault(source);
                var deals = dealsOf.GetValueOrDefault(source);
                var commission = deals?.Commission ?? 0;
                return new SourceCost(source, n, cost, KpiCalculator.CostPerLead(cost, n),
                    deals?.Deals ?? 0, commission, KpiCalculator.Roi(commission, cost));
            })
            .OrderByDescending(c => c.Commission).ThenBy(c => c.Source, StringComparer.Ordinal)
            .ToList();
    }
}
