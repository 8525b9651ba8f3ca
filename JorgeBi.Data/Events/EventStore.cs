using System.Diagnostics;
using Dapper;
using JorgeBi.Core.Events;
using Npgsql;

namespace JorgeBi.Data.Events;

/// <summary>
/// Stores validated events. A batch is one transaction: facts (idempotent on event id) and
/// the rollups they change, or nothing. The bulk path loads facts in large chunks and
/// rebuilds the rollups set-based once at the end; both give the same numbers.
/// </summary>
/// <param name="bulkChunkSize">Events per bulk transaction; each holds the ingestion lock
/// while it is stored, so live batches wait at most one chunk. The events stream straight
/// into COPY: a chunk is never held in memory.</param>
public sealed class EventStore(NpgsqlDataSource db, int bulkChunkSize = EventStore.BulkChunkSize)
{
    public const int BulkChunkSize = 100_000;

    private const int ProgressEvery = 10_000;

    // A lost tail of chunks after a crash is harmless: a re-run stores them again (the
    // load is idempotent on event id), so chunks need not wait for the WAL flush.
    private const string BulkChunkSettings = "set local synchronous_commit = off";

    // Fresh statistics for the rebuild's plans and for the dashboards' first queries.
    private const string AnalyzeFacts =
        "analyze event, fact_lead_created, fact_lead_scored, fact_bot_interaction, fact_bot_handoff, fact_lead_qualified, " +
        "fact_appointment_booked, fact_deal_stage_changed, fact_deal_closed, fact_deal_lost, fact_marketing_spend";

    private const string AnalyzeRollups =
        "analyze lead, deal, rollup_lead_hourly, rollup_bot_hourly, rollup_latency_hourly, rollup_latency_daily, " +
        "rollup_distinct_hourly, rollup_appointment_hourly, rollup_sales_hourly";

    public async Task<IngestResult> IngestAsync(IReadOnlyCollection<BiEvent> events, CancellationToken ct = default)
    {
        if (events.Count == 0) return new IngestResult(0, 0);
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        using var source = events.GetEnumerator();
        source.MoveNext();
        await StageAsync(conn, source, int.MaxValue, _ => { }, ct);
        var result = await StoreAsync(conn, withRollups: true, ct);
        await tx.CommitAsync(ct);
        return result;
    }

    /// <summary>
    /// Loads any number of events: facts chunk by chunk, then one rollup rebuild per
    /// location touched. Reports the events staged so far to <paramref name="progress"/>.
    /// </summary>
    public async Task<BulkLoadResult> BulkLoadAsync(IEnumerable<BiEvent> events, IProgress<long>? progress = null, CancellationToken ct = default)
    {
        long seen = 0;
        var stored = new List<IngestResult>();
        var locations = new HashSet<string>(StringComparer.Ordinal);
        var started = Stopwatch.GetTimestamp();
        // Two connections take turns: while one stores a chunk (under the ingestion lock,
        // one chunk at a time), the other generates and stages the next one, so the two
        // halves of the work run on different cores.
        await using var first = await db.OpenConnectionAsync(ct);
        await using var second = await db.OpenConnectionAsync(ct);
        using var source = events.GetEnumerator();
        var more = source.MoveNext();
        Task<IngestResult>? storing = null;
        try
        {
            for (var turn = 0; more; turn++)
            {
                var conn = turn % 2 == 0 ? first : second;
                var tx = await conn.BeginTransactionAsync(ct);
                await conn.ExecuteAsync(new CommandDefinition(BulkChunkSettings, transaction: tx, cancellationToken: ct));
                more = await StageAsync(conn, source, bulkChunkSize, e =>
                {
                    locations.Add(e.LocationId);
                    if (++seen % ProgressEvery == 0) progress?.Report(seen);
                }, ct);
                if (storing is not null) stored.Add(await storing);
                storing = StoreChunkAsync(conn, tx, ct);
            }
            if (storing is not null) stored.Add(await storing);
        }
        finally
        {
            // A chunk still being stored must finish before its connection closes.
            if (storing is { IsCompleted: false }) await Task.WhenAny(storing);
        }
        progress?.Report(seen);
        var loading = Stopwatch.GetElapsedTime(started);

        await first.ExecuteAsync(new CommandDefinition(AnalyzeFacts, commandTimeout: 0, cancellationToken: ct));
        foreach (var location in locations) await RebuildRollupsAsync(first, location, ct);
        await first.ExecuteAsync(new CommandDefinition(AnalyzeRollups, commandTimeout: 0, cancellationToken: ct));
        return new BulkLoadResult(stored.Sum(r => r.Accepted), stored.Sum(r => r.Duplicates), loading, Stopwatch.GetElapsedTime(started) - loading);
    }

    /// <summary>Recomputes one location's snapshots and rollups from its facts; returns the rollup rows.</summary>
    public async Task<long> RebuildRollupsAsync(string locationId, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await RebuildRollupsAsync(conn, locationId, ct);
    }

    private static async Task<long> RebuildRollupsAsync(NpgsqlConnection conn, string locationId, CancellationToken ct)
    {
        await using var tx = await conn.BeginTransactionAsync(ct);
        var rows = await conn.ExecuteScalarAsync<long>(new CommandDefinition(
            "select rebuild_rollups(@locationId)", new { locationId }, tx, commandTimeout: 0, cancellationToken: ct));
        await tx.CommitAsync(ct);
        return rows;
    }

    /// <summary>
    /// COPYs events from <paramref name="source"/> (positioned on the first one) into temp
    /// table "incoming", at most <paramref name="max"/> of them. Returns whether events
    /// remain; <paramref name="source"/> is then positioned on the next one.
    /// </summary>
    private static async Task<bool> StageAsync(NpgsqlConnection conn, IEnumerator<BiEvent> source, int max, Action<BiEvent> staged, CancellationToken ct)
    {
        await conn.ExecuteAsync(new CommandDefinition(StagingRow.CreateTempTable, cancellationToken: ct));
        await using var writer = await conn.BeginBinaryImportAsync(StagingRow.Copy, ct);
        bool more;
        var count = 0;
        do
        {
            await StagingRow.WriteAsync(writer, source.Current, ct);
            staged(source.Current);
            count++;
        }
        while ((more = source.MoveNext()) && count < max);
        await writer.CompleteAsync(ct);
        return more;
    }

    private static async Task<IngestResult> StoreChunkAsync(NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct)
    {
        await using (tx)
        {
            var result = await StoreAsync(conn, withRollups: false, ct);
            await tx.CommitAsync(ct);
            return result;
        }
    }

    private static Task<IngestResult> StoreAsync(NpgsqlConnection conn, bool withRollups, CancellationToken ct) =>
        conn.QuerySingleAsync<IngestResult>(new CommandDefinition(
            "select accepted, duplicates from ingest_incoming(@withRollups)", new { withRollups }, commandTimeout: 0, cancellationToken: ct));
}
