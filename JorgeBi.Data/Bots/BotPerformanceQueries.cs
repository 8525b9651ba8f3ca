using Dapper;
using JorgeBi.Core.Bots;
using JorgeBi.Core.Kpis;
using JorgeBi.Data.Kpis;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace JorgeBi.Data.Bots;

/// <summary>
/// Bot matrix aggregates and per-bot 1-ms latency histograms from the rollups: daily and monthly
/// rows for periods of whole local days, hourly rows for the 24 hours ending now.
/// </summary>
public sealed class BotPerformanceQueries([FromKeyedServices(DataSources.Read)] NpgsqlDataSource db) : IBotPerformanceSource
{
    public async Task<BotPerformanceAggregates> ReadAsync(LocationInfo location, Period period, CancellationToken ct = default)
    {
        var args = PeriodArgs.For(location, period);
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = (await conn.QueryAsync<BotRow>(Command(SqlScripts.Bots.BotsPerformance, args, ct))).AsList();
        var histogram = await conn.QueryAsync<HistogramRow>(Command(SqlScripts.Bots.BotsLatencyHistogram, args, ct));
        return new BotPerformanceAggregates([.. rows.Select(r => r.ToTraffic())], [.. histogram.Select(h => h.ToCell())]);
    }

    private static CommandDefinition Command(string sql, object args, CancellationToken ct) =>
        new(sql, args, cancellationToken: ct);

    private sealed record BotRow(
        string BotId, string Name, int ResponseTargetMs, decimal SuccessTarget, long Interactions, long Successes,
        double ProcessingMsSum, double ConfidenceSum, long Handoffs, long Conversations, long QualifiedLeads,
        long Appointments, long DealsClosed, decimal CommissionAttributed)
    {
        public BotTraffic ToTraffic() => new()
        {
            BotId = BotId,
            Name = Name,
            ResponseTargetMs = ResponseTargetMs,
            SuccessTarget = SuccessTarget,
            Interactions = Interactions,
            Successes = Successes,
            ProcessingMsSum = ProcessingMsSum,
            ConfidenceSum = ConfidenceSum,
            Conversations = Conversations,
            QualifiedLeads = QualifiedLeads,
            Handoffs = Handoffs,
            Appointments = Appointments,
            DealsClosed = DealsClosed,
            CommissionAttributed = CommissionAttributed,
        };
    }
}
