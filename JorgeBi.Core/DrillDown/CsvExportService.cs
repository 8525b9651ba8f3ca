using JorgeBi.Core.Analytics;
using JorgeBi.Core.Bots;
using JorgeBi.Core.Commissions;

namespace JorgeBi.Core.DrillDown;

/// <summary>The CSV reports of <c>/api/bi/export/{report}.csv</c>; column names are the JSON names of the rows.</summary>
public sealed class CsvExportService(IExportSource source, BotPerformanceService bots, IClosedDealSource closedDeals, AnalyticsCsvReports analytics)
{
    public const string Leads = "leads";
    public const string Deals = "deals";
    public const string BotPerformance = "bot-performance";
    public const string Commissions = "commissions";

    public static readonly IReadOnlyList<string> Reports = [Leads, Deals, Commissions, BotPerformance, .. AnalyticsCsvReports.Reports];

    /// <summary>Writes the report; false (and nothing written) when the report name is unknown.</summary>
    public async Task<bool> WriteAsync(string report, LocationInfo location, Period period, TextWriter writer, CancellationToken ct = default)
    {
        switch (report)
        {
            case Leads:
                await CsvWriter.WriteRowAsync(writer, ["lead_id", "created_at", "source", "lead_type", "temperature", "agent_id", "first_bot_id", "speed_to_lead_s"], ct);
                await foreach (var r in source.LeadsAsync(location, period, ct))
                    await CsvWriter.WriteRowAsync(writer, [r.LeadId, r.CreatedAt, r.Source, r.LeadType, r.Temperature, r.AgentId, r.FirstBotId, r.SpeedToLeadS], ct);
                return true;
            case Deals:
                await CsvWriter.WriteRowAsync(writer, ["deal_id", "lead_id", "agent_id", "source", "stage", "property_value", "sale_price", "commission", "closed_at"], ct);
                await foreach (var r in source.DealsAsync(location, period, ct))
                    await CsvWriter.WriteRowAsync(writer, [r.DealId, r.LeadId, r.AgentId, r.Source, r.Stage, r.PropertyValue, r.SalePrice, r.Commission, r.ClosedAt], ct);
                return true;
            case Commissions:
                await CsvWriter.WriteRowAsync(writer, ["deal_id", "lead_id", "agent_id", "source", "sale_price", "commission_rate", "commission", "closed_at"], ct);
                foreach (var d in await closedDeals.ReadAsync(location, period, ct))
                    await CsvWriter.WriteRowAsync(writer, [d.DealId, d.LeadId, d.AgentId, d.Source, d.SalePrice, d.CommissionRate, d.Commission, d.ClosedAt], ct);
                return true;
            case BotPerformance:
                await WriteBotsAsync(writer, (await bots.ForPeriodAsync(location, period, includeAlerts: false, ct)).BotMetrics, ct);
                return true;
            default:
                return await analytics.WriteAsync(report, location, period, writer, ct);
        }
    }

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
