using Dapper;
using JorgeBi.Core.Kpis;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace JorgeBi.Data.Kpis;

/// <summary>KPI aggregates from the rollups and snapshots: what every page and endpoint reads.</summary>
public sealed class KpiQueries([FromKeyedServices(DataSources.Read)] NpgsqlDataSource db) : IKpiSource
{
    public Task<KpiAggregates> ReadAsync(LocationInfo location, Period period, CancellationToken ct = default) =>
        ReadAsync(location, period, latency: true, ct);

    public Task<KpiAggregates> ReadWithoutLatencyAsync(LocationInfo location, Period period, CancellationToken ct = default) =>
        ReadAsync(location, period, latency: false, ct);

    private async Task<KpiAggregates> ReadAsync(LocationInfo location, Period period, bool latency, CancellationToken ct)
    {
        var args = PeriodArgs.For(location, period);
        await using var conn = await db.OpenConnectionAsync(ct);
        // Whole days (every timeframe but 24h) read the daily rollups, whole hours (24h) the
        // hourly ones: rows per day or hour, never per lead or deal.
        var daily = period.IsWholeDays;
        var counts = await conn.QuerySingleAsync<KpiCountsRow>(Command(daily ? SqlScripts.Kpis.RollupKpiCountsDaily : SqlScripts.Kpis.RollupKpiCounts, args, ct));
        var temperatures = await conn.QueryAsync<TemperatureRow>(Command(daily ? SqlScripts.Kpis.LeadTemperaturesDaily : SqlScripts.Kpis.LeadTemperatures, args, ct));
        var speed = await conn.ExecuteScalarAsync<double?>(Command(SqlScripts.Kpis.SpeedToLead, args, ct));
        var pipeline = await conn.QueryAsync<PipelineStage>(Command(daily ? SqlScripts.Kpis.PipelineDaily : SqlScripts.Kpis.Pipeline, args, ct));
        var aggregates = counts.ToAggregates() with
        {
            LeadsByTemperature = temperatures.ToDictionary(),
            SpeedToLeadMedianSeconds = speed,
            Pipeline = pipeline.AsList(),
        };
        if (!latency) return aggregates;
        return aggregates.WithLatency((await ReadHistogramAsync(conn, period, args, ct)).Select(h => h.ToCell()).ToList());
    }

    public async Task<decimal> ReadCommissionAsync(LocationInfo location, Period period, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteScalarAsync<decimal>(Command(period.IsWholeDays ? SqlScripts.Kpis.CommissionDaily : SqlScripts.Kpis.CommissionHourly,
            PeriodArgs.For(location, period), ct));
    }

    /// <summary>Per-bot 1-ms histograms of the period, from daily rows when it is whole days.</summary>
    public async Task<IReadOnlyList<(string BotId, int Ms, long N)>> ReadHistogramAsync(LocationInfo location, Period period, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await ReadHistogramAsync(conn, period, PeriodArgs.For(location, period), ct);
        return rows.Select(r => (r.BotId, r.Ms, r.N)).ToList();
    }

    private static Task<IEnumerable<HistogramRow>> ReadHistogramAsync(NpgsqlConnection conn, Period period, object args, CancellationToken ct) =>
        conn.QueryAsync<HistogramRow>(Command(period.IsWholeDays ? SqlScripts.Kpis.LatencyHistogramDaily : SqlScripts.Kpis.LatencyHistogramHourly, args, ct));

    private static CommandDefinition Command(string sql, object args, CancellationToken ct) =>
        new(sql, args, cancellationToken: ct);
}
