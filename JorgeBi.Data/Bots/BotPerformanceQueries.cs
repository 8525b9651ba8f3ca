using Dapper;
using JorgeBi.Core.Analytics;
using JorgeBi.Core.Bots;
using JorgeBi.Core.Statistics;
using JorgeBi.Data.Analytics;
using Npgsql;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Data.Bots;

/// <summary>Bot matrix aggregates from the rollups; p95 from the same 1-ms histograms as the executive KPIs.</summary>
public sealed class BotPerformanceQueries([FromKeyedServices(DataSources.Read)] NpgsqlDataSource db, RollupKpiSource kpis) : IBotPerformanceSource
{
    public async Task<BotPerformanceAggregates> ReadAsync(LocationInfo location, Period period, CancellationToken ct = default)
    {
        var args = new { loc = location.LocationId, start = period.Start, end = period.End };
        List<BotRow> rows;
        await using (var conn = await db.OpenConnectionAsync(ct))
        {
            rows = (await conn.QueryAsync<BotRow>(new CommandDefinition(SqlScripts.Get("bots_performance"), args, cancellationToken: ct))).AsList();
        }
        var histogram = await kpis.ReadHistogramAsync(location, period, ct);
        var byBot = histogram.ToLookup(h => h.BotId, h => (h.Ms, h.N), StringComparer.Ordinal);
        var bots = rows.Select(r => r.ToTraffic(Percentiles.NearestRank(byBot[r.BotId], 0.95))).ToList();
        return new BotPerformanceAggregates(bots, Percentiles.NearestRank(histogram.Select(h => (h.Ms, h.N)), 0.95));
    }

    private sealed record BotRow(
        string BotId, string Name, int ResponseTargetMs, decimal SuccessTarget, long Interactions, long Successes,
        double ProcessingMsSum, double ConfidenceSum, long Handoffs, long Conversations, long QualifiedLeads,
        long Appointments, long DealsClosed, decimal CommissionAttributed)
    {
        public BotTraffic ToTraffic(int? p95Ms) => new()
        {
            BotId = BotId,
            Name = Name,
            ResponseTargetMs = ResponseTargetMs,
            SuccessTarget = SuccessTarget,
            Interactions = Interactions,
            Successes = Successes,
            ProcessingMsSum = ProcessingMsSum,
            ConfidenceSum = ConfidenceSum,
            P95ResponseMs = p95Ms,
            Conversations = Conversations,
            QualifiedLeads = QualifiedLeads,
            Handoffs = Handoffs,
            Appointments = Appointments,
            DealsClosed = DealsClosed,
            CommissionAttributed = CommissionAttributed,
        };
    }
}
