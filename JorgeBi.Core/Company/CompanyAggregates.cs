using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Company;

/// <summary>
/// The <see cref="KpiAggregates"/> of several locations as one (DOMAIN.md, "All locations"):
/// counts and money are sums, so every rate computed from them is the summed numerator over
/// the summed denominator; the latency percentiles come from the merged histograms; each
/// open deal keeps its own location's commission rate. The median speed to lead needs the
/// leads themselves and is left null here: <see cref="CompanySpeedToLead"/> finds it.
/// </summary>
public static class CompanyAggregates
{
    public static KpiAggregates Combine(IReadOnlyList<(LocationInfo Location, KpiAggregates Aggregates)> parts)
    {
        var all = parts.Select(p => p.Aggregates).ToList();
        return new KpiAggregates
        {
            TotalLeads = all.Sum(a => a.TotalLeads),
            QualifiedLeads = all.Sum(a => a.QualifiedLeads),
            LeadsByTemperature = all.SelectMany(a => a.LeadsByTemperature)
                .GroupBy(t => t.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Sum(t => t.Value), StringComparer.Ordinal),
            Appointments = all.Sum(a => a.Appointments),
            DealsClosed = all.Sum(a => a.DealsClosed),
            Revenue = all.Sum(a => a.Revenue),
            Commission = all.Sum(a => a.Commission),
            Interactions = all.Sum(a => a.Interactions),
            Successes = all.Sum(a => a.Successes),
            ProcessingMsSum = all.Sum(a => a.ProcessingMsSum),
            Handoffs = all.Sum(a => a.Handoffs),
            Conversations = all.Sum(a => a.Conversations),
            Pipeline = parts.SelectMany(p => p.Aggregates.Pipeline.Select(s => s with { CommissionRate = s.CommissionRate ?? p.Location.CommissionRate }))
                .ToList(),
        }.WithLatency(all.SelectMany(a => a.Latency).ToList());
    }
}
