using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Revenue;

/// <summary>Joins leads, prorated spend and closed deals per source into <see cref="LeadSourceCost"/> rows.</summary>
public static class LeadSourceCosts
{
    /// <param name="dealsBySource">The period's deals grouped by source (<see cref="RevenueGroupBy.Source"/>).</param>
    public static IReadOnlyList<LeadSourceCost> Build(
        Period period, IEnumerable<SourceLeads> leads, IEnumerable<MonthlySpend> spend, IEnumerable<BreakdownRow> dealsBySource)
    {
        var leadsOf = leads.ToDictionary(l => l.Source, l => l.Leads, StringComparer.Ordinal);
        var spendOf = spend.GroupBy(s => s.Source, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(s => SpendProration.Prorate(s.Amount, s.Month, period)), StringComparer.Ordinal);
        var dealsOf = dealsBySource.ToDictionary(d => d.Key, StringComparer.Ordinal);

        return Ordered(leadsOf.Keys.Union(spendOf.Keys).Union(dealsOf.Keys)
            .Select(source =>
            {
                var deals = dealsOf.GetValueOrDefault(source);
                return Row(source, leadsOf.GetValueOrDefault(source), spendOf.GetValueOrDefault(source), deals?.Deals ?? 0, deals?.Commission ?? 0);
            }));
    }

    /// <summary>
    /// The rows of several locations, each built over its own period, as one: leads, spend,
    /// deals and commission summed by source, then cost per lead and ROI of the sums.
    /// </summary>
    public static IReadOnlyList<LeadSourceCost> Combine(IEnumerable<LeadSourceCost> rows) =>
        Ordered(rows.GroupBy(r => r.Source, StringComparer.Ordinal)
            .Select(g => Row(g.Key, g.Sum(r => r.Leads), g.Sum(r => r.Spend), g.Sum(r => r.Deals), g.Sum(r => r.Commission))));

    private static LeadSourceCost Row(string source, long leads, decimal spend, long deals, decimal commission) =>
        new(source, leads, spend, KpiCalculator.CostPerLead(spend, leads), deals, commission, KpiCalculator.Roi(commission, spend));

    private static IReadOnlyList<LeadSourceCost> Ordered(IEnumerable<LeadSourceCost> rows) =>
        rows.OrderByDescending(c => c.Commission).ThenBy(c => c.Source, StringComparer.Ordinal).ToList();
}
