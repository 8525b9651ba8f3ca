using JorgeBi.Core.Access;
using JorgeBi.Core.Company;
using JorgeBi.Core.Executive;
using JorgeBi.Core.Funnel;
using JorgeBi.Core.Kpis;
using JorgeBi.Core.Revenue;

namespace JorgeBi.Core.Export;

/// <summary>
/// CSV of the tables and charts that summarise rather than list rows: the revenue
/// breakdowns, cost per source, the commission and pipeline forecasts, the funnel and the
/// KPI trends. Each is written
/// from the same service answer the page and the JSON API show, for one location or for all
/// of them together.
/// </summary>
public sealed class SummaryCsvReports(RevenueIntelligenceService revenue, ExecutiveKpiService kpis, FunnelService funnel, CompanyKpiService companyKpis)
{
    public const string RevenueBreakdown = "revenue-breakdown";
    public const string CostPerSource = "cost-per-source";
    public const string Forecast = "forecast";
    public const string KpiTrends = "kpi-trends";
    public const string PipelineForecast = "pipeline-forecast";
    public const string Funnel = "funnel";

    public static readonly IReadOnlyList<string> Reports = [RevenueBreakdown, CostPerSource, Forecast, KpiTrends, PipelineForecast, Funnel];

    public Task<bool> WriteAsync(string report, LocationInfo location, Period period, TextWriter writer, CancellationToken ct) =>
        WriteAsync(report, [new LocationPeriod(location, period)], company: false, writer, ct);

    /// <summary>
    /// A report of several locations each over its own period, combined as their pages combine
    /// them (<see cref="CompanyKpiService"/>, <see cref="CompanyFunnel"/>, <see cref="CompanyRevenue"/>).
    /// </summary>
    public Task<bool> WriteCompanyAsync(string report, IReadOnlyList<LocationPeriod> locations, TextWriter writer, CancellationToken ct) =>
        WriteAsync(report, locations, company: true, writer, ct);

    private async Task<bool> WriteAsync(string report, IReadOnlyList<LocationPeriod> members, bool company, TextWriter writer, CancellationToken ct)
    {
        if (members.Count == 0) return false;
        Task<RevenueIntelligence> Revenue(RevenueGroupBy groupBy, bool forecast) => RevenueAsync(members, company, groupBy, forecast, ct);
        switch (report)
        {
            case RevenueBreakdown:
                await CsvWriter.WriteRowAsync(writer, ["group_by", "key", "deals", "revenue", "commission", "commission_share"], ct);
                foreach (var groupBy in Enum.GetValues<RevenueGroupBy>())
                {
                    foreach (var r in (await Revenue(groupBy, forecast: false)).CommissionBreakdown.Rows)
                        await CsvWriter.WriteRowAsync(writer, [RevenueGroupings.Name(groupBy), r.Key, r.Deals, r.Revenue, r.Commission, r.CommissionShare], ct);
                }
                return true;
            case CostPerSource:
                await CsvWriter.WriteRowAsync(writer, ["source", "leads", "spend", "cost_per_lead", "deals", "commission", "roi"], ct);
                foreach (var s in (await Revenue(RevenueGroupBy.Source, forecast: false)).CostPerSource)
                    await CsvWriter.WriteRowAsync(writer, [s.Source, s.Leads, s.Spend, s.CostPerLead, s.Deals, s.Commission, s.Roi], ct);
                return true;
            case Forecast:
                var forecast = (await Revenue(RevenueGroupBy.Source, forecast: true)).Forecast;
                await CsvWriter.WriteRowAsync(writer, ["month", "method", "commission", "lo80", "hi80", "lo95", "hi95"], ct);
                foreach (var p in forecast?.Points ?? [])
                    await CsvWriter.WriteRowAsync(writer, [p.Period.ToString("yyyy-MM"), forecast!.Method, p.Value, p.Lo80, p.Hi80, p.Lo95, p.Hi95], ct);
                return true;
            case KpiTrends:
                var kpiAnswer = company
                    ? await companyKpis.GetAsync(members, includeTrends: true, ct)
                    : await kpis.GetAsync(members[0].Location, members[0].Period, includeTrends: true, ct);
                await WriteTrendsAsync(writer, kpiAnswer.Trends, ct);
                return true;
            case PipelineForecast:
                await CsvWriter.WriteRowAsync(writer, ["expected_close", "deals", "pipeline_value", "weighted_commission"], ct);
                foreach (var b in (await Revenue(RevenueGroupBy.Source, forecast: false)).PipelineForecast.Buckets)
                    await CsvWriter.WriteRowAsync(writer, [b.Month, b.Deals, b.PipelineValue, b.WeightedCommission], ct);
                return true;
            case Funnel:
                var views = company
                    ? await CompanyFunnel.ForPeriodAsync(funnel, members, ct)
                    : await funnel.ForPeriodAsync(members[0].Location, members[0].Period, ct);
                await WriteFunnelAsync(writer, views, ct);
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

    private Task<RevenueIntelligence> RevenueAsync(
        IReadOnlyList<LocationPeriod> members, bool company, RevenueGroupBy groupBy, bool forecast, CancellationToken ct)
    {
        var first = members[0];
        var request = new RevenueRequest(company ? LocationGrant.AllText : first.Location.LocationId) { GroupBy = groupBy, IncludeForecast = forecast };
        return company
            ? CompanyRevenue.ForPeriodAsync(revenue, request.LocationId, first.Period, members, request, ct)
            : revenue.ForPeriodAsync(first.Location, first.Period, request, ct);
    }
}
