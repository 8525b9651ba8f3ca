using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Live;

/// <summary>The live counters of one window; success rate and p95 are null when there were no interactions.</summary>
public sealed record LiveCounters(
    long Leads,
    long Interactions,
    double? SuccessRate,
    double? P95Ms,
    long Appointments,
    long Deals)
{
    /// <summary>Through <see cref="KpiCalculator"/>, so "success rate" means what it means on every page.</summary>
    public static LiveCounters From(KpiAggregates a)
    {
        var k = KpiCalculator.Compute(a, 0);
        return new LiveCounters(a.TotalLeads, a.Interactions, k[Kpi.BotSuccessRate], k[Kpi.P95ResponseTimeMs], a.Appointments, a.DealsClosed);
    }
}
