using JorgeBi.Core.Events;

namespace JorgeBi.Core.Kpis;

/// <summary>
/// The one place each KPI of DOMAIN.md is defined. Rates are fractions (0.045 = 4.5 %);
/// a KPI with nothing to measure (p95 of no interactions) is null; ratios of nothing are 0
/// where DOMAIN.md says so (conversion with no leads).
/// </summary>
public static class KpiCalculator
{
    public static IReadOnlyDictionary<string, double?> Compute(KpiAggregates a, decimal commissionRate)
    {
        var k = new Dictionary<string, double?>
        {
            [Kpi.TotalLeads] = a.TotalLeads,
            [Kpi.QualifiedLeads] = a.QualifiedLeads,
            [Kpi.AppointmentsScheduled] = a.Appointments,
            [Kpi.DealsClosed] = a.DealsClosed,
            [Kpi.ConversionRate] = a.TotalLeads == 0 ? 0 : (double)a.DealsClosed / a.TotalLeads,
            [Kpi.BotSuccessRate] = Ratio(a.Successes, a.Interactions),
            [Kpi.AvgResponseTimeMs] = a.Interactions == 0 ? null : a.ProcessingMsSum / a.Interactions,
            [Kpi.P95ResponseTimeMs] = a.P95ResponseMs,
            [Kpi.MlResponseTimeMs] = a.MlP95ResponseMs,
            [Kpi.SpeedToLeadS] = a.SpeedToLeadMedianSeconds,
            [Kpi.HandoffRate] = Ratio(a.Handoffs, a.Conversations),
            [Kpi.Revenue] = (double)a.Revenue,
            [Kpi.JorgeCommission] = (double)a.Commission,
            [Kpi.AvgDealSize] = a.DealsClosed == 0 ? null : (double)Math.Round(a.Revenue / a.DealsClosed, 2),
            [Kpi.PipelineValue] = (double)a.Pipeline.Sum(s => s.Value),
            [Kpi.WeightedPipelineCommission] = (double)WeightedPipelineCommission(a.Pipeline, commissionRate),
        };
        foreach (var t in Domain.Temperatures)
        {
            k[Kpi.LeadsWithTemperature(t)] = a.LeadsByTemperature.GetValueOrDefault(t);
        }
        return k;
    }

    /// <summary>
    /// Open deals x close probability (their own, else the stage default) x rate (the stage's
    /// own, else <paramref name="commissionRate"/>), to the cent.
    /// </summary>
    public static decimal WeightedPipelineCommission(IEnumerable<PipelineStage> pipeline, decimal commissionRate) =>
        Math.Round(pipeline.Sum(s =>
            (s.ExplicitWeightedValue + Domain.StageDefaultProbability.GetValueOrDefault(s.Stage) * s.DefaultProbabilityValue)
            * (s.CommissionRate ?? commissionRate)), 2);

    /// <summary><c>cost_per_lead</c> of a source: spend / leads, to the cent; null when it had no leads.</summary>
    public static decimal? CostPerLead(decimal spend, long leads) => leads == 0 ? null : Math.Round(spend / leads, 2);

    /// <summary><c>roi</c> of a source as a fraction: (commission - spend) / spend; null when nothing was spent.</summary>
    public static double? Roi(decimal commission, decimal spend) => spend == 0 ? null : (double)((commission - spend) / spend);

    /// <summary>Percentage change from <paramref name="previous"/>; null when there is no base to compare with.</summary>
    public static double? Change(double? current, double? previous) =>
        current is { } c && previous is { } p && p != 0 ? Math.Round((c - p) / Math.Abs(p) * 100, 2) : null;

    private static double? Ratio(long part, long whole) => whole == 0 ? null : (double)part / whole;
}
