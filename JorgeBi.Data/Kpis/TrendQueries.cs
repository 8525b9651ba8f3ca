using Dapper;
using JorgeBi.Core.Kpis;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace JorgeBi.Data.Kpis;

/// <summary>
/// Trend buckets from the rollups: one grouped query for the counts and one for the latency
/// histograms, whatever the number of buckets.
/// </summary>
public sealed class TrendQueries([FromKeyedServices(DataSources.Read)] NpgsqlDataSource db) : ITrendSource
{
    public async Task<IReadOnlyList<TrendBucket>> ReadAsync(LocationInfo location, Period period, TrendGrain grain, CancellationToken ct = default)
    {
        var args = PeriodArgs.For(location, period, new { grain = TrendBuckets.SqlField(grain) });
        // Daily rows cannot be split into hours, nor cover part of a day.
        var daily = period.IsWholeDays && grain != TrendGrain.Hour;
        var latency = daily ? SqlScripts.Kpis.TrendLatencyDaily : SqlScripts.Kpis.TrendLatencyHourly;
        await using var conn = await db.OpenConnectionAsync(ct);
        var counts = await conn.QueryAsync<TrendCountsRow>(Command(daily ? SqlScripts.Kpis.TrendCountsDaily : SqlScripts.Kpis.TrendCounts, args, ct));
        var histogram = (await TrendHistogram.ReadAsync(conn, Command(latency, args, ct))).ToLookup(h => h.PeriodStart, h => h.Cell);

        var starts = counts.Select(c => c.PeriodStart).Union(histogram.Select(h => h.Key)).Order();
        var byStart = counts.ToDictionary(c => c.PeriodStart);
        return starts.Select(start =>
        {
            var cells = histogram[start].ToList();
            var aggregates = byStart.TryGetValue(start, out var row) ? row.ToAggregates() : new KpiAggregates();
            return new TrendBucket(start, aggregates.WithLatency(cells));
        }).ToList();
    }

    private static CommandDefinition Command(string sql, object args, CancellationToken ct) =>
        new(sql, args, cancellationToken: ct);
}
