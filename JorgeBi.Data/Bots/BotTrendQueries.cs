using Dapper;
using JorgeBi.Core.Analytics;
using JorgeBi.Core.Bots;
using Npgsql;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Data.Bots;

/// <summary>Per-bot trend points from the rollups (bots_trend.sql): one round trip whatever the number of buckets.</summary>
public sealed class BotTrendQueries([FromKeyedServices(DataSources.Read)] NpgsqlDataSource db) : IBotTrendSource
{
    public async Task<IReadOnlyList<BotTrendPoint>> ReadAsync(LocationInfo location, Period period, TrendGrain grain, CancellationToken ct = default)
    {
        var args = new { loc = location.LocationId, start = period.Start, end = period.End, grain = TrendBuckets.SqlField(grain) };
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<Row>(new CommandDefinition(SqlScripts.Get("bots_trend"), args, cancellationToken: ct));
        return rows.Select(r => new BotTrendPoint(r.BotId, r.PeriodStart, r.Interactions, r.Successes, r.P95Ms)).ToList();
    }

    private sealed record Row(string BotId, DateTime PeriodStart, long Interactions, long Successes, int? P95Ms);
}
