namespace JorgeBi.Core.Kpis;

/// <summary>
/// Turns the buckets of a period into one series per KPI, computing each point through
/// <see cref="KpiCalculator"/> so a point means exactly what the KPI means for the period.
/// Every bucket of the period gets a point, empty ones included, so charts keep their spacing.
/// </summary>
public static class TrendSeries
{
    /// <summary>The KPIs that get a trend; the others are snapshots (pipeline) or need lead-level data.</summary>
    public static readonly IReadOnlyList<string> Kpis =
    [
        Kpi.TotalLeads, Kpi.QualifiedLeads, Kpi.AppointmentsScheduled, Kpi.DealsClosed, Kpi.Revenue,
        Kpi.JorgeCommission, Kpi.BotSuccessRate, Kpi.AvgResponseTimeMs, Kpi.P95ResponseTimeMs,
        Kpi.MlResponseTimeMs, Kpi.ConversionRate, Kpi.HandoffRate,
    ];

    public static IReadOnlyDictionary<string, IReadOnlyList<TrendPoint>> Build(
        Period period, TrendGrain grain, IEnumerable<TrendBucket> buckets, decimal commissionRate)
    {
        var byStart = buckets.ToDictionary(b => b.Start, b => b.Aggregates);
        var series = Kpis.ToDictionary(k => k, _ => new List<TrendPoint>());
        foreach (var start in TrendBuckets.Starts(period, grain))
        {
            var kpis = KpiCalculator.Compute(byStart.GetValueOrDefault(start) ?? new KpiAggregates(), commissionRate);
            foreach (var kpi in Kpis)
            {
                series[kpi].Add(new TrendPoint(start, kpis[kpi]));
            }
        }
        return series.ToDictionary(s => s.Key, s => (IReadOnlyList<TrendPoint>)s.Value);
    }
}
