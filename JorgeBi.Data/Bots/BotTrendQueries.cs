using Dapper;
using JorgeBi.Core.Bots;
using JorgeBi.Core.Kpis;
using JorgeBi.Data.Kpis;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace JorgeBi.Data.Bots;

/// <summary>
/// Per-bot trend buckets from the rollups: the success counts (bots_trend.sql) and the latency
/// histograms of the KPI trend (trend_latency_daily.sql), two round trips whatever the number of buckets.
/// </summary>
public sealed class BotTrendQueries([FromKeyedServices(DataSources.Read)] NpgsqlDataSource db) : IBotTrendSource
{
    public async Task<IReadOnlyList<BotTrendBucket>> ReadAsync(LocationInfo location, Period period, TrendGrain grain, CancellationToken ct = default)
    {
        var args = PeriodArgs.For(location, period, new { grain = TrendBuckets.SqlField(grain) });
        await using var conn = await db.OpenConnectionAsync(ct);
        var traffic = (await conn.QueryAsync<Row>(Command(SqlScripts.Bots.BotsTrend, args, ct))).ToDictionary(r => (r.BotId, r.PeriodStart));
        var histogram = (await TrendHistogram.ReadAsync(conn, Command(SqlScripts.Kpis.TrendLatencyDaily, args, ct)))
            .ToLookup(h => (h.Cell.BotId, h.PeriodStart), h => h.Cell);
        return [.. traffic.Keys.Union(histogram.Select(h => h.Key)).Select(key =>
        {
            var counts = traffic.GetValueOrDefault(key);
            return new BotTrendBucket(key.BotId, key.PeriodStart, counts?.Interactions ?? 0, counts?.Successes ?? 0,
                [.. histogram[key]]);
        })];
    }

    private static CommandDefinition Command(string sql, object args, CancellationToken ct) =>
        new(sql, args, cancellationToken: ct);

    private sealed record Row(string BotId, DateTime PeriodStart, long Interactions, long Successes);
}
