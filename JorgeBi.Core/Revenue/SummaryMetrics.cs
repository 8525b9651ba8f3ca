using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Revenue;

/// <summary>The period's sales KPIs, those of the previous period of the same length, and the % change of each.</summary>
public sealed record SummaryMetrics(SalesSummary Current, SalesSummary Previous, SalesChange Change)
{
    public static SummaryMetrics From(SalesTotals current, SalesTotals previous)
    {
        var c = SalesSummary.From(current);
        var p = SalesSummary.From(previous);
        return new SummaryMetrics(c, p, new SalesChange(
            KpiCalculator.Change((double)c.Revenue, (double)p.Revenue),
            KpiCalculator.Change((double)c.Commission, (double)p.Commission),
            KpiCalculator.Change(c.Deals, p.Deals),
            KpiCalculator.Change((double?)c.AvgDealSize, (double?)p.AvgDealSize)));
    }
}

/// <summary>Percentage change of each sales KPI from the previous period; null when the previous value is 0 or missing.</summary>
public sealed record SalesChange(double? Revenue, double? Commission, double? Deals, double? AvgDealSize);
