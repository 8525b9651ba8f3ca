using Dapper;
using JorgeBi.Core.Analytics;
using Npgsql;

namespace JorgeBi.Data.Analytics;

/// <summary>
/// KPI aggregates computed by scanning the fact tables, never the rollups: the reference
/// the rollups are checked against, and the baseline of the rollup speed-up benchmark.
/// </summary>
public sealed class FactKpiSource(NpgsqlDataSource db) : IKpiSource
{
    public async Task<KpiAggregates> ReadAsync(LocationInfo location, Period period, CancellationToken ct = default)
    {
        var args = new { loc = location.LocationId, start = period.Start, end = period.End };
        await using var conn = await db.OpenConnectionAsync(ct);
        var row = await conn.QuerySingleAsync<FactRow>(Command("fact_kpis", args, ct));
        var temperatures = await conn.QueryAsync<TemperatureRow>(Command("fact_lead_temperatures", args, ct));
        var pipeline = await conn.QueryAsync<PipelineStage>(Command("fact_pipeline", args, ct));
        var latency = await conn.QueryAsync<HistogramRow>(Command("fact_latency_histogram", args, ct));
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

    private static CommandDefinition Command(string name, object args, CancellationToken ct) =>
        new(SqlScripts.Get(name), args, commandTimeout: 0, cancellationToken: ct);

    private sealed record FactRow(
        long TotalLeads, long QualifiedLeads, long Conversations, long Appointments, long DealsClosed,
        decimal Revenue, decimal Commission, long Interactions, long Successes, double ProcessingMsSum,
        double? P95Ms, double? MlP95Ms, long Handoffs, double? SpeedToLeadS)
    {
        public KpiCountsRow Counts => new(TotalLeads, QualifiedLeads, Conversations, Appointments, DealsClosed,
            Revenue, Commission, Interactions, Successes, ProcessingMsSum, Handoffs);
    }
}
