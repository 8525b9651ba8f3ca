using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Revenue;

/// <summary>The sales KPIs of one period: <c>revenue</c>, <c>jorge_commission</c>, <c>deals_closed</c>, <c>avg_deal_size</c>.</summary>
public sealed record SalesSummary(decimal Revenue, decimal Commission, long Deals, decimal? AvgDealSize)
{
    public static SalesSummary From(SalesTotals totals)
    {
        // Average deal size is a KPI of DOMAIN.md: KpiCalculator owns its definition and rounding.
        var kpis = KpiCalculator.Compute(
            new KpiAggregates { DealsClosed = totals.DealsClosed, Revenue = totals.Revenue, Commission = totals.Commission },
            commissionRate: 0);
        return new SalesSummary(totals.Revenue, totals.Commission, totals.DealsClosed, (decimal?)kpis[Kpi.AvgDealSize]);
    }
}
