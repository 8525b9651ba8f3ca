using Dapper;
using JorgeBi.Core.Kpis;
using Npgsql;

namespace JorgeBi.Data.Kpis;

/// <summary>
/// KPI aggregates computed by scanning the fact tables, never the rollups: the reference
/// the rollups are checked against, and the baseline of the rollup speed-up benchmark.
/// </summary>
public sealed class FactKpiQueries(NpgsqlDataSource db) : IKpiSource
{
    public async Task<KpiAggregates> ReadAsync(LocationInfo location, Period period, CancellationToken ct = default)
    {
        var args = PeriodArgs.For(location, period);
        await using var conn = await db.OpenConnectionAsync(ct);
        var row = await conn.QuerySingleAsync<FactRow>(Command(SqlScripts.Kpis.FactKpis, args, ct));
        var temperatures = await conn.QueryAsync<TemperatureRow>(Command(SqlScripts.Kpis.FactLeadTemperatures, args, ct));
        var pipeline = await conn.QueryAsync<PipelineStage>(Command(SqlScripts.Kpis.FactPipeline, args, ct));
        var latency = await conn.QueryAsync<HistogramRow>(Command(SqlScripts.Kpis.FactLatencyHistogram, args, ct));
        return row.Counts.ToAggregates() with
        {
            LeadsByTemperature = temperatures.ToDictionary(),
            SpeedToLeadMedianSeconds = row.SpeedToLeadS,
            Pipeline = pipeline.AsList(),
            // The percentiles from the exact values; the histogram only for combining locations.
            P95ResponseMs = row.P95Ms,
            MlP95ResponseMs = row.MlP95Ms,
            Latency = latency.Select(h => h.ToCell()).ToList(),
        };
    }

    private static CommandDefinition Command(string sql, object args, CancellationToken ct) =>
        new(sql, args, commandTimeout: 0, cancellationToken: ct);

    private sealed record FactRow(
        long TotalLeads, long QualifiedLeads, long Conversations, long Appointments, long DealsClosed,
        decimal Revenue, decimal Commission, long Interactions, long Successes, double ProcessingMsSum,
        double? P95Ms, double? MlP95Ms, long Handoffs, double? SpeedToLeadS)
    {
        public KpiCountsRow Counts => new(TotalLeads, QualifiedLeads, Conversations, Appointments, DealsClosed,
            Revenue, Commission, Interactions, Successes, ProcessingMsSum, Handoffs);
    }
}
