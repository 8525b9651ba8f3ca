using JorgeBi.Core.Bots;
using JorgeBi.Core.Commissions;
using JorgeBi.Core.Company;
using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Export;

/// <summary>The CSV reports of <c>/api/bi/export/{report}.csv</c>; column names are the JSON names of the rows.</summary>
public sealed class ExportService(IExportSource source, BotPerformanceService bots, IClosedDealSource closedDeals, SummaryCsvReports summaries)
{
    public const string Leads = "leads";
    public const string Deals = "deals";
    public const string BotPerformance = "bot-performance";
    public const string Commissions = "commissions";

    public static readonly IReadOnlyList<string> Reports = [Leads, Deals, Commissions, BotPerformance, .. SummaryCsvReports.Reports];

    private const string LocationColumn = "location_id";

    /// <summary>Writes one location's report; false (and nothing written) when the report name is unknown.</summary>
    public Task<bool> WriteAsync(string report, LocationInfo location, Period period, TextWriter writer, CancellationToken ct = default) =>
        WriteAsync(report, [new LocationPeriod(location, period)], company: false, writer, ct);

    /// <summary>
    /// A report of several locations, each over its own period (location_id=all): row lists are one
    /// list whose first column, location_id, names each row's location; summaries are combined as
    /// their pages combine them.
    /// </summary>
    public Task<bool> WriteCompanyAsync(string report, IReadOnlyList<LocationPeriod> locations, TextWriter writer, CancellationToken ct = default) =>
        WriteAsync(report, locations, company: true, writer, ct);

    private async Task<bool> WriteAsync(string report, IReadOnlyList<LocationPeriod> members, bool company, TextWriter writer, CancellationToken ct)
    {
        switch (report)
        {
            case Leads:
                await WriteLeadsAsync(writer, members, withLocation: company, ct);
                return true;
            case Deals:
                await WriteDealsAsync(writer, members, withLocation: company, ct);
                return true;
            case Commissions:
                await WriteCommissionsAsync(writer, members, withLocation: company, ct);
                return true;
            case BotPerformance:
                var matrix = company
                    ? await bots.ForLocationsAsync(members, includeAlerts: false, ct)
                    : await bots.ForPeriodAsync(members[0].Location, members[0].Period, includeAlerts: false, ct);
                await WriteBotsAsync(writer, matrix.BotMetrics, ct);
                return true;
            default:
                return company
                    ? await summaries.WriteCompanyAsync(report, members, writer, ct)
                    : await summaries.WriteAsync(report, members[0].Location, members[0].Period, writer, ct);
        }
    }

    // One location's export keeps its columns as they always were; the company's leads with its location.
    private async Task WriteLeadsAsync(TextWriter writer, IReadOnlyList<LocationPeriod> locations, bool withLocation, CancellationToken ct)
    {
        await WriteRowAsync(writer, withLocation, LocationColumn, ["lead_id", "created_at", "source", "lead_type", "temperature", "agent_id", "first_bot_id", "speed_to_lead_s"], ct);
        await foreach (var r in source.LeadsAsync(locations, ct))
            await WriteRowAsync(writer, withLocation, r.LocationId, [r.LeadId, r.CreatedAt, r.Source, r.LeadType, r.Temperature, r.AgentId, r.FirstBotId, r.SpeedToLeadS], ct);
    }

    private async Task WriteDealsAsync(TextWriter writer, IReadOnlyList<LocationPeriod> locations, bool withLocation, CancellationToken ct)
    {
        await WriteRowAsync(writer, withLocation, LocationColumn, ["deal_id", "lead_id", "agent_id", "source", "stage", "property_value", "sale_price", "commission", "closed_at"], ct);
        await foreach (var r in source.DealsAsync(locations, ct))
            await WriteRowAsync(writer, withLocation, r.LocationId, [r.DealId, r.LeadId, r.AgentId, r.Source, r.Stage, r.PropertyValue, r.SalePrice, r.Commission, r.ClosedAt], ct);
    }

    // The company's deals in the order they closed, whichever office closed them.
    private async Task WriteCommissionsAsync(TextWriter writer, IReadOnlyList<LocationPeriod> locations, bool withLocation, CancellationToken ct)
    {
        await WriteRowAsync(writer, withLocation, LocationColumn, ["deal_id", "lead_id", "agent_id", "source", "sale_price", "commission_rate", "commission", "closed_at"], ct);
        var deals = (await Task.WhenAll(locations.Select(m => closedDeals.ReadAsync(m.Location, m.Period, ct)))).SelectMany(d => d);
        foreach (var d in withLocation ? deals.OrderBy(d => d.ClosedAt) : deals)
            await WriteRowAsync(writer, withLocation, d.LocationId, [d.DealId, d.LeadId, d.AgentId, d.Source, d.SalePrice, d.CommissionRate, d.Commission, d.ClosedAt], ct);
    }

    private static Task WriteRowAsync(TextWriter writer, bool withLocation, string location, object?[] cells, CancellationToken ct) =>
        CsvWriter.WriteRowAsync(writer, withLocation ? [location, .. cells] : cells, ct);

    private static async Task WriteBotsAsync(TextWriter writer, IReadOnlyList<BotMetrics> rows, CancellationToken ct)
    {
        await CsvWriter.WriteRowAsync(writer, ["bot_id", "name", "interactions", "conversations", "success_rate", "success_ci_low", "success_ci_high",
            "avg_response_ms", "p95_response_ms", "response_target_ms", "latency_status", "avg_confidence", "qualified_leads", "qualification_rate",
            "handoffs", "handoff_rate", "appointments", "deals_closed", "commission_attributed", "status",
            "success_status", "missed_targets"], ct);
        foreach (var m in rows)
        {
            await CsvWriter.WriteRowAsync(writer, [m.BotId, m.Name, m.Interactions, m.Conversations, m.SuccessRate, m.SuccessCiLow, m.SuccessCiHigh,
                m.AvgResponseMs, m.P95ResponseMs, m.ResponseTargetMs, m.LatencyStatus, m.AvgConfidence, m.QualifiedLeads, m.QualificationRate,
                m.Handoffs, m.HandoffRate, m.Appointments, m.DealsClosed, m.CommissionAttributed, m.Status,
                m.SuccessStatus, string.Join(' ', m.MissedTargets)], ct);
        }
    }
}
