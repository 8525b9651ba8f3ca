using System.Diagnostics;
using Dapper;
using JorgeBi.Core.Events;
using Npgsql;
using NpgsqlTypes;

namespace JorgeBi.Data.Events;

/// <summary>
/// The event log, the only way events are stored: validated events are appended (idempotent
/// on id) and committed, nothing more. The aggregator applies them to facts and rollups
/// afterwards (<see cref="Aggregation.LogAggregator"/>).
/// </summary>
/// <param name="bulkChunkSize">Events per bulk transaction. The events stream straight into
/// COPY: a chunk is never held in memory as objects.</param>
public sealed class EventStore(NpgsqlDataSource db, int bulkChunkSize = EventStore.BulkChunkSize)
{
    public const int BulkChunkSize = 50_000;

    private const int ProgressEvery = 10_000;

    private const string Append =
        "select request, accepted, duplicates, seq, conflicts from append_events(@request, @id, @type, @location, @lead, @occurred, @data)";

    /// <summary>
    /// From this many events in a group, append_events is planned for the group's own arrays:
    /// its kept (generic) plans guess 10 events, fine for a few, but they would match a large
    /// batch against its own ids by nested loops (sql/0015).
    /// </summary>
    private const int PlannedPerGroupFrom = 100;

    private const string PlanForTheseArrays = "set local plan_cache_mode = force_custom_plan";

    // A lost tail of chunks after a crash is harmless: a re-run appends them again (the
    // log is idempotent on event id), so chunks need not wait for the WAL flush.
    private const string BulkChunkSettings = "set local synchronous_commit = off; " + PlanForTheseArrays;

    private const string CreateBulkTable =
        "create temp table bulk_log (event_id uuid, type text, location_id text, lead_id text, occurred_at timestamptz, data jsonb) on commit drop";

    private const string CopyBulk = "copy bulk_log (event_id, type, location_id, lead_id, occurred_at, data) from stdin (format binary)";

    // One aggregate pass, so the arrays list the rows in the same order.
    private const string AppendBulk =
        """
        select coalesce(sum(r.accepted), 0) as accepted, coalesce(sum(r.duplicates), 0) as duplicates,
               coalesce(array_agg(c) filter (where c is not null), '{}') as conflicts
        from (select array_agg(1) as request, array_agg(event_id) as id, array_agg(type) as type, array_agg(location_id) as location,
                     array_agg(lead_id) as lead, array_agg(occurred_at) as occurred, array_agg(data) as data from bulk_log) b
        cross join lateral append_events(b.request, b.id, b.type, b.location, b.lead, b.occurred, b.data) r
        left join lateral unnest(r.conflicts) c on true
        """;

    /// <summary>Appends one request's events in their own transaction.</summary>
    public async Task<AppendResult> AppendAsync(IReadOnlyCollection<BiEvent> events, CancellationToken ct = default) =>
        (await AppendAsync([events], ct))[0];

    /// <summary>
    /// Appends several requests' events in one statement and one commit (group commit).
    /// Returns once the commit is durable, one result per request in order.
    /// </summary>
    public async Task<IReadOnlyList<AppendResult>> AppendAsync(IReadOnlyList<IReadOnlyCollection<BiEvent>> requests, CancellationToken ct = default)
    {
        var total = requests.Sum(r => r.Count);
        var request = new int[total];
        var id = new Guid[total];
        var type = new string[total];
        var location = new string[total];
        var lead = new string?[total];
        var occurred = new DateTime[total];
        var data = new string[total];
        var i = 0;
        for (var r = 0; r < requests.Count; r++)
        {
            foreach (var e in requests[r])
            {
                request[i] = r;
                id[i] = e.Id;
                type[i] = e.Type;
                location[i] = e.LocationId;
                lead[i] = e.LeadId;
                occurred[i] = e.OccurredAt.UtcDateTime;
                data[i] = EventJson.DataToJson(e.Data);
                i++;
            }
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        // Small groups, the single events of concurrent senders, run the prepared statement
        // with the function's kept plans; a large one plans for its arrays in its own transaction.
        await using var tx = total >= PlannedPerGroupFrom ? await conn.BeginTransactionAsync(ct) : null;
        if (tx is not null) await conn.ExecuteAsync(new CommandDefinition(PlanForTheseArrays, transaction: tx, cancellationToken: ct));
        await using var cmd = new NpgsqlCommand(Append, conn, tx);
        cmd.Parameters.Add(new NpgsqlParameter<int[]>("request", request));
        cmd.Parameters.Add(new NpgsqlParameter<Guid[]>("id", id));
        cmd.Parameters.Add(new NpgsqlParameter<string[]>("type", type));
        cmd.Parameters.Add(new NpgsqlParameter<string[]>("location", location));
        cmd.Parameters.Add(new NpgsqlParameter<string?[]>("lead", lead));
        cmd.Parameters.Add(new NpgsqlParameter<DateTime[]>("occurred", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { TypedValue = occurred });
        cmd.Parameters.Add(new NpgsqlParameter<string[]>("data", NpgsqlDbType.Array | NpgsqlDbType.Jsonb) { TypedValue = data });

        if (tx is null) await cmd.PrepareAsync(ct);

        var results = new AppendResult[requests.Count];
        Array.Fill(results, new AppendResult(0, 0, null, []));
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                results[reader.GetInt32(0)] = new AppendResult(
                    reader.GetInt32(1), reader.GetInt32(2), reader.IsDBNull(3) ? null : reader.GetInt64(3), reader.GetFieldValue<Guid[]>(4));
            }
        }
        if (tx is not null) await tx.CommitAsync(ct);
        return results;
    }

    /// <summary>
    /// Appends any number of events in chunks through binary COPY, reporting the events
    /// seen so far to <paramref name="progress"/>. A chunk with an id already stored with
    /// other content is refused whole (<see cref="EventConflictException"/>).
    /// </summary>
    public async Task<(long Accepted, long Duplicates)> BulkAppendAsync(IEnumerable<BiEvent> events, IProgress<long>? progress = null, CancellationToken ct = default)
    {
        long seen = 0, accepted = 0, duplicates = 0;
        // Two connections take turns: while one appends a chunk, the other generates and
        // copies the next one, so the two halves of the work run on different cores.
        await using var first = await db.OpenConnectionAsync(ct);
        await using var second = await db.OpenConnectionAsync(ct);
        using var source = events.GetEnumerator();
        var more = source.MoveNext();
        Task<BulkChunk>? appending = null;
        try
        {
            for (var turn = 0; more; turn++)
            {
                var conn = turn % 2 == 0 ? first : second;
                var tx = await conn.BeginTransactionAsync(ct);
                await conn.ExecuteAsync(new CommandDefinition(BulkChunkSettings + ";" + CreateBulkTable, transaction: tx, cancellationToken: ct));
                more = await CopyChunkAsync(conn, source, () =>
                {
                    if (++seen % ProgressEvery == 0) progress?.Report(seen);
                }, ct);
                if (appending is not null) Add(await appending);
                appending = AppendChunkAsync(conn, tx, ct);
            }
            if (appending is not null) Add(await appending);
        }
        finally
        {
            // A chunk still being appended must finish before its connection closes.
            if (appending is { IsCompleted: false }) await Task.WhenAny(appending);
        }
        progress?.Report(seen);
        return (accepted, duplicates);

        void Add(BulkChunk chunk)
        {
            accepted += chunk.Accepted;
            duplicates += chunk.Duplicates;
        }
    }

    /// <summary>Recomputes one location's snapshots and rollups from its facts; returns the rollup rows.</summary>
    public async Task<long> RebuildRollupsAsync(string locationId, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var rows = await conn.ExecuteScalarAsync<long>(new CommandDefinition(
            "select rebuild_rollups(@locationId)", new { locationId }, tx, commandTimeout: 0, cancellationToken: ct));
        await tx.CommitAsync(ct);
        return rows;
    }

    /// <summary>
    /// COPYs events from <paramref name="source"/> (positioned on the first one) into temp
    /// table bulk_log, at most one chunk. Returns whether events remain; the source is then
    /// positioned on the next one.
    /// </summary>
    private async Task<bool> CopyChunkAsync(NpgsqlConnection conn, IEnumerator<BiEvent> source, Action copied, CancellationToken ct)
    {
        await using var writer = await conn.BeginBinaryImportAsync(CopyBulk, ct);
        bool more;
        var count = 0;
        do
        {
            var e = source.Current;
            await writer.StartRowAsync(ct);
            await writer.WriteAsync(e.Id, NpgsqlDbType.Uuid, ct);
            await writer.WriteAsync(e.Type, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(e.LocationId, NpgsqlDbType.Text, ct);
            if (e.LeadId is null) await writer.WriteNullAsync(ct);
            else await writer.WriteAsync(e.LeadId, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(e.OccurredAt.UtcDateTime, NpgsqlDbType.TimestampTz, ct);
            await writer.WriteAsync(EventJson.DataToJson(e.Data), NpgsqlDbType.Jsonb, ct);
            copied();
            count++;
        }
        while ((more = source.MoveNext()) && count < bulkChunkSize);
        await writer.CompleteAsync(ct);
        return more;
    }

    private static async Task<BulkChunk> AppendChunkAsync(NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct)
    {
        await using (tx)
        {
            var chunk = await conn.QuerySingleAsync<BulkChunk>(new CommandDefinition(AppendBulk, transaction: tx, commandTimeout: 0, cancellationToken: ct));
            if (chunk.Conflicts.Length > 0) throw new EventConflictException(chunk.Conflicts);
            await tx.CommitAsync(ct);
            return chunk;
        }
    }

    // A class, not a record: Dapper binds a uuid[] column to a property but not to a constructor.
    private sealed class BulkChunk
    {
        public long Accepted { get; init; }
        public long Duplicates { get; init; }
        public Guid[] Conflicts { get; init; } = [];
    }
}
