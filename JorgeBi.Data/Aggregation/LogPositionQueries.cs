using Dapper;
using JorgeBi.Core.Freshness;
using Npgsql;

namespace JorgeBi.Data.Aggregation;

/// <summary>How far behind the log the aggregator is: events appended but not applied, and the age of the oldest.</summary>
public sealed record AggregatorLag(long AppliedSeq, DateTimeOffset AppliedAt, long LogSeq, long EventsBehind, double MillisecondsBehind);

/// <summary>Where the aggregator stands in the log (table log_state).</summary>
public sealed class LogPositionQueries(NpgsqlDataSource db) : IDataAsOfSource
{
    public async Task<DataAsOf> GetAsync(CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var row = await conn.QuerySingleAsync<(long Seq, DateTime At)>(new CommandDefinition(
            "select applied_seq, applied_at from log_state", cancellationToken: ct));
        return new DataAsOf(row.Seq, new DateTimeOffset(row.At, TimeSpan.Zero));
    }

    public async Task<AggregatorLag> LagAsync(CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var row = await conn.QuerySingleAsync<(long AppliedSeq, DateTime AppliedAt, long LogSeq, double? OldestAgeMs)>(new CommandDefinition(
            """
            select s.applied_seq, s.applied_at,
                   coalesce((select max(seq) from event), 0),
                   (select extract(epoch from clock_timestamp() - received_at) * 1000
                    from event where seq > s.applied_seq order by seq limit 1)::double precision
            from log_state s
            """, cancellationToken: ct));
        return new AggregatorLag(row.AppliedSeq, new DateTimeOffset(row.AppliedAt, TimeSpan.Zero), row.LogSeq,
            Math.Max(row.LogSeq - row.AppliedSeq, 0), Math.Max(row.OldestAgeMs ?? 0, 0));
    }
}
