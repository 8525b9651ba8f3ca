using Dapper;
using JorgeBi.Core.Analytics;
using Npgsql;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Data.Analytics;

/// <summary>KPI aggregates from the rollups and snapshots: what every page and endpoint reads.</summary>
public sealed class RollupKpiSource([FromKeyedServices(DataSources.Read)] NpgsqlDataSource db) : IKpiSource
{
    public async Task<KpiAggregates> ReadAsync(LocationInfo location, Period period, CancellationToken ct = default)
    {
        var args = new { loc = location.LocationId, start = period.Start, end = period.End };
        await using var conn = await db.OpenConnectionAsync(ct);
        // Whole days (every timeframe but 24h) read the daily rollups: rows per day, never per
        // lead or deal. The 24 hours ending now read the snapshots of the leads of one day.
        var daily = period.IsWholeDays;
        var counts = await conn.QuerySingleAsync<KpiCountsRow>(Command(daily ? "rollup_kpi_counts_daily" : "rollup_kpi_counts", args, ct));
        var temperatures = await conn.QueryAsync<TemperatureRow>(Command(daily ? "lead_temperatures_daily" : "lead_temperatures", args, ct));
        var speed = await conn.ExecuteScalarAsync<double?>(Command(daily ? "speed_to_lead_daily" : "speed_to_lead", args, ct));
        var pipeline = await conn.QueryAsync<PipelineStage>(Command(daily ? "pipeline_daily" : "pipeline", args, ct));
        var histogram = (await ReadHistogramAsync(conn, period, args, ct)).Select(h => h.ToCell()).ToList();
        return (counts.ToAggregates() with
        {
            LeadsByTemperature = temperatures.ToDictionary(),
            SpeedToLeadMedianSeconds = speed,
            Pipeline = pipeline.AsList(),
        }).WithLatency(histogram);
    }

    public async Task<decimal> ReadCommissionAsync(LocationInfo location, Period period, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteScalarAsync<decimal>(Command(period.IsWholeDays ? "commission_daily" : "commission_hourly",
            new { loc = location.LocationId, start = period.Start, end = period.End }, ct));
    }

    /// <summary>Per-bot 1-ms histograms of the period, from daily rows when it is whole days.</summary>
    public async Task<IReadOnlyList<(string BotId, int Ms, long N)>> ReadHistogramAsync(LocationInfo location, Period period, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await ReadHistogramAsync(conn, period, new { loc = location.LocationId, start = period.Start, end = period.End }, ct);
        return rows.Select(r => (r.BotId, r.Ms, r.N)).ToList();
    }

    private static Task<IEnumerable<HistogramRow>> ReadHistogramAsync(NpgsqlConnection conn, Period period, object args, CancellationToken ct) =>
        conn.QueryAsync<HistogramRow>(Command(period.IsWholeDays ? "latency_histogram_daily" : "latency_histogram_hourly", args, ct));

    private static CommandDefinition Command(string name, object args, CancellationToken ct) =>
        new(SqlScripts.Get(name), args, cancellationToken: ct);
}
