using JorgeBi.Core.Analytics;
using JorgeBi.Core.Company;
using JorgeBi.Core.Funnel;
using JorgeBi.Core.Revenue;

namespace JorgeBi.Core.DrillDown;

/// <summary>
/// CSV of the tables and charts that summarise rather than list rows: the revenue
/// breakdowns, cost per source, the commission and pipeline forecasts, the funnel and the
/// KPI trends. Each is written
/// from the same service answer the page and the JSON API show; the KPI trends and the funnel
/// also for all locations together, as the executive page combines them.
/// </summary>
public sealed class AnalyticsCsvReports(RevenueIntelligenceService revenue, ExecutiveKpiService kpis, FunnelService funnel, CompanyKpiService companyKpis)
{
    public const string RevenueBreakdown = "revenue-breakdown";
    public const string CostPerSource = "cost-per-source";
    public const string Forecast = "forecast";
    public const string KpiTrends = "kpi-trends";
    public const string PipelineForecast = "pipeline-forecast";
    public const string Funnel = "funnel";

    public static readonly IReadOnlyList<string> Reports = [RevenueBreakdown, CostPerSource, Forecast, KpiTrends, PipelineForecast, Funnel];

    /// <summary>The reports <see cref="WriteCompanyAsync"/> writes.</summary>
    public static readonly IReadOnlyList<string> CompanyReports = [KpiTrends, Funnel];

    public async Task<bool> WriteAsync(string report, LocationInfo location, Period period, TextWriter writer, CancellationToken ct)
    {
        switch (report)
        {
            case RevenueBreakdown:
                await CsvWriter.WriteRowAsync(writer, ["group_by", "key", "deals", "revenue", "commission", "commission_share"], ct);
                foreach (var groupBy in Enum.GetValues<RevenueGroupBy>())
                {
                    var answer = await RevenueAsync(location, period, groupBy, forecast: false, ct);
                    foreach (var r in answer.CommissionBreakdown.Rows)
                        await CsvWriter.WriteRowAsync(writer, [RevenueGroupings.Name(groupBy), r.Key, r.Deals, r.Revenue, r.Commission, r.CommissionShare], ct);
                }
                return true;
            case CostPerSource:
                await CsvWriter.WriteRowAsync(writer, ["source", "leads", "spend", "cost_per_lead", "deals", "commission", "roi"], ct);
                foreach (var s in (await RevenueAsync(location, period, RevenueGroupBy.Source, forecast: false, ct)).CostPerSource)
                    await CsvWriter.WriteRowAsync(writer, [s.Source, s.Leads, s.Spend, s.CostPerLead, s.Deals, s.Commission, s.Roi], ct);
                return true;
            case Forecast:
                var forecast = (await RevenueAsync(location, period, RevenueGroupBy.Source, forecast: true, ct)).Forecast;
                await CsvWriter.WriteRowAsync(writer, ["month", "method", "commission", "lo80", "hi80", "lo95", "hi95"], ct);
                foreach (var p in forecast?.Points ?? [])
                    await CsvWriter.WriteRowAsync(writer, [p.Period.ToString("yyyy-MM"), forecast!.Method, p.Value, p.Lo80, p.Hi80, p.Lo95, p.Hi95], ct);
                return true;
            case KpiTrends:
                await WriteTrendsAsync(writer, (await kpis.GetAsync(location, period, includeTrends: true, ct)).Trends, ct);
                return true;
            case PipelineForecast:
                await CsvWriter.WriteRowAsync(writer, ["expected_close", "deals", "pipeline_value", "weighted_commission"], ct);
                foreach (var b in (await RevenueAsync(location, period, RevenueGroupBy.Source, forecast: false, ct)).PipelineForecast.Buckets)
                    await CsvWriter.WriteRowAsync(writer, [b.Month, b.Deals, b.PipelineValue, b.WeightedCommission], ct);
                return true;
            case Funnel:
                await WriteFunnelAsync(writer, await funnel.ForPeriodAsync(location, period, ct), ct);
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// A report of several locations each over its own period, combined as the executive page
    /// combines them (<see cref="CompanyKpiService"/>, <see cref="CompanyFunnel"/>); false for the others.
    /// </summary>
    public async Task<bool> WriteCompanyAsync(string report, IReadOnlyList<LocationPeriod> locations, TextWriter writer, CancellationToken ct)
    {
        switch (report)
        {
            case KpiTrends:
                await WriteTrendsAsync(writer, (await companyKpis.GetAsync(locations, includeTrends: true, ct)).Trends, ct);
                return true;
            case Funnel:
                await WriteFunnelAsync(writer, await CompanyFunnel.ForPeriodAsync(funnel, locations, ct), ct);
                return true;
            default:
                return false;
        }
    }

    private static async Task WriteTrendsAsync(TextWriter writer, IReadOnlyDictionary<string, IReadOnlyList<TrendPoint>> trends, CancellationToken ct)
    {
        await CsvWriter.WriteRowAsync(writer, ["kpi", "period_start", "value"], ct);
        foreach (var (kpi, points) in trends)
            foreach (var p in points) await CsvWriter.WriteRowAsync(writer, [kpi, p.PeriodStart, p.Value], ct);
    }

    private static async Task WriteFunnelAsync(TextWriter writer, FunnelViews views, CancellationToken ct)
    {
        await CsvWriter.WriteRowAsync(writer, ["view", "stage", "count", "conversion_from_previous"], ct);
        foreach (var view in FunnelView.All)
            foreach (var f in views.In(view))
                await CsvWriter.WriteRowAsync(writer, [view, f.Stage, f.Count, f.ConversionFromPrevious], ct);
    }

    private Task<RevenueIntelligence> RevenueAsync(LocationInfo location, Period period, RevenueGroupBy groupBy, bool forecast, CancellationToken ct) =>
        revenue.ForPeriodAsync(location, period, new RevenueRequest(location.LocationId) { GroupBy = groupBy, IncludeForecast = forecast }, ct);
}
