using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;

namespace JorgeBi.Data.Aggregation;

/// <summary>One call of apply_log: events applied, the position reached and what is left.</summary>
public sealed record ApplyStep(long Applied, long AppliedSeq, long Backlog);

/// <summary>
/// Applies the event log to the facts, snapshots and rollups (sql apply_log). Each step is
/// one transaction that also records the position it reached, so a crash anywhere resumes
/// from the log with nothing lost and nothing applied twice; the database lets one step run
/// at a time, so any number of callers (the background aggregator, a seeding command, a
/// test) can use it at once.
/// </summary>
public sealed class LogAggregator(NpgsqlDataSource db, IOptions<AggregatorOptions> options)
{
    public LogAggregator(NpgsqlDataSource db) : this(db, Options.Create(new AggregatorOptions())) { }

    /// <param name="setBased">Apply any backlog set-based (after a bulk load), not only one over the bulk threshold.</param>
    public async Task<ApplyStep> ApplyNextAsync(bool setBased = false, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await ApplyNextAsync(conn, setBased, ct);
    }

    /// <summary>One step on <paramref name="conn"/> (the elected aggregator's own connection).</summary>
    /// <remarks>
    /// A set-based step ends in a rebuild of each location touched, whose cost is that
    /// location's whole history; so a backlog goes set-based only when it is over the bulk
    /// threshold and over a tenth of the log applied so far. A burst of 100,000 events on
    /// 10 million is applied batch by batch in seconds, where a rebuild took minutes.
    /// </remarks>
    public async Task<ApplyStep> ApplyNextAsync(NpgsqlConnection conn, bool setBased = false, CancellationToken ct = default)
    {
        var o = options.Value;
        return await conn.QuerySingleAsync<ApplyStep>(new CommandDefinition(
            """
            select applied, applied_seq as "AppliedSeq", backlog
            from apply_log(@max, case when @setBased then 0
                                      else least(greatest(@threshold, (select applied_seq / 10 from log_state)), 2147483647)::integer end,
                           @chunk)
            """,
            new { max = o.MaxBatchEvents, setBased, threshold = o.BulkThreshold, chunk = o.BulkChunkEvents },
            commandTimeout: 0, cancellationToken: ct));
    }

    /// <summary>
    /// Stores the facts of the next bulk chunk of the log and nothing else (no rollups, no
    /// rebuild): for a bulk load still being appended, whose catch-up then only stores the
    /// rest and rebuilds. Returns 0 applied once the facts have caught up with the log.
    /// </summary>
    /// <remarks>
    /// apply_log stores facts only whenever the backlog is over its threshold, and no backlog
    /// (not even none) is under -1.
    /// </remarks>
    public async Task<ApplyStep> StoreFactsAsync(CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QuerySingleAsync<ApplyStep>(new CommandDefinition(
            """select applied, applied_seq as "AppliedSeq", backlog from apply_log(@max, -1, @chunk)""",
            new { max = options.Value.MaxBatchEvents, chunk = options.Value.BulkChunkEvents },
            commandTimeout: 0, cancellationToken: ct));
    }

    /// <summary>Applies until the log is caught up; returns the events applied.</summary>
    /// <param name="setBased">Apply the whole backlog set-based, as after a bulk load, and refresh the planner's statistics.</param>
    public async Task<long> CatchUpAsync(bool setBased = false, CancellationToken ct = default)
    {
        long applied = 0;
        ApplyStep step;
        do
        {
            step = await ApplyNextAsync(setBased, ct);
            applied += step.Applied;
        }
        while (step.Backlog > 0);
        if (setBased && applied > 0) await AnalyzeAsync(ct);
        return applied;
    }

    // A set-based catch-up rewrites facts, snapshots and rollups wholesale; until autovacuum
    // samples them (minutes later on a large load), the planner would still plan for the
    // tables as they were, e.g. empty.
    private async Task AnalyzeAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        // Text, not the stored procedure Dapper assumes for a single word.
        await conn.ExecuteAsync(new CommandDefinition("analyze", commandType: System.Data.CommandType.Text, commandTimeout: 0, cancellationToken: ct));
    }
}
