using Dapper;
using JorgeBi.Core.Kpis;
using Npgsql;

namespace JorgeBi.Data.Kpis;

/// <summary>Counts and sums of one trend point (trend_counts.sql).</summary>
internal sealed record TrendCountsRow(
    DateTime PeriodStart, long TotalLeads, long QualifiedLeads, long Conversations, long Appointments, long DealsClosed,
    decimal Revenue, decimal Commission, long Interactions, long Successes, double ProcessingMsSum, long Handoffs)
{
    public KpiAggregates ToAggregates() => new KpiCountsRow(TotalLeads, QualifiedLeads, Conversations, Appointments,
        DealsClosed, Revenue, Commission, Interactions, Successes, ProcessingMsSum, Handoffs).ToAggregates();
}

/// <summary>The 1-ms histogram cells of trend points (trend_latency_*.sql: period_start, bot_id, ms, n).</summary>
internal static class TrendHistogram
{
    /// <summary>
    /// Each cell with the start of its point, read with typed getters: three years of monthly
    /// points hold ~26,000 cells, and a row mapper would box every value of every one.
    /// </summary>
    public static async Task<List<(DateTime PeriodStart, LatencyCell Cell)>> ReadAsync(NpgsqlConnection conn, CommandDefinition command)
    {
        await using var reader = await conn.ExecuteReaderAsync(command);
        var cells = new List<(DateTime, LatencyCell)>();
        while (await reader.ReadAsync(command.CancellationToken))
        {
            cells.Add((reader.GetDateTime(0), new LatencyCell(reader.GetString(1), reader.GetInt32(2), reader.GetInt64(3))));
        }
        return cells;
    }
}
