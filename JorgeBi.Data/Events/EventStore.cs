using Dapper;
using JorgeBi.Core.Events;
using Npgsql;

namespace JorgeBi.Data.Events;

/// <summary>
/// Stores validated events. A batch is one transaction: facts (idempotent on event id) and
/// the rollups they change, or nothing. The bulk path loads facts in large chunks and
/// rebuilds the rollups set-based once at the end; both give the same numbers.
/// </summary>
public sealed class EventStore(NpgsqlDataSource db)
{
    public const int BulkChunkSize = 100_000;

    public async Task<IngestResult> IngestAsync(IReadOnlyCollection<BiEvent> events, CancellationToken ct = default)
    {
        if (events.Count == 0) return new IngestResult(0, 0);
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var result = await StageAndStoreAsync(conn, events, withRollups: true, ct);
        await tx.CommitAsync(ct);
        return result;
    }

    /// <summary>
    /// Loads any number of events: facts chunk by chunk, then one rollup rebuild per
    /// location touched. Reports the events stored so far to <paramref name="progress"/>.
    /// </summary>
    public async Task<IngestResult> BulkLoadAsync(IEnumerable<BiEvent> events, IProgress<long>? progress = null, CancellationToken ct = default)
    {
        long accepted = 0, duplicates = 0, seen = 0;
        var locations = new HashSet<string>(StringComparer.Ordinal);
        await using var conn = await db.OpenConnectionAsync(ct);
        foreach (var chunk in events.Chunk(BulkChunkSize))
        {
            foreach (var e in chunk) locations.Add(e.LocationId);
            await using var tx = await conn.BeginTransactionAsync(ct);
            var r = await StageAndStoreAsync(conn, chunk, withRollups: false, ct);
            await tx.CommitAsync(ct);
            accepted += r.Accepted;
            duplicates += r.Duplicates;
            seen += chunk.Length;
            progress?.Report(seen);
        }
        foreach (var location in locations) await RebuildRollupsAsync(conn, location, ct);
        return new IngestResult(accepted, duplicates);
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

    private static async Task<IngestResult> StageAndStoreAsync(NpgsqlConnection conn, IEnumerable<BiEvent> events, bool withRollups, CancellationToken ct)
    {
        await conn.ExecuteAsync(new CommandDefinition(StagingRow.CreateTempTable, cancellationToken: ct));
        await using (var writer = await conn.BeginBinaryImportAsync(StagingRow.Copy, ct))
        {
            foreach (var e in events) await StagingRow.WriteAsync(writer, e, ct);
            await writer.CompleteAsync(ct);
        }
        return await conn.QuerySingleAsync<IngestResult>(new CommandDefinition(
            "select accepted, duplicates from ingest_incoming(@withRollups)", new { withRollups }, commandTimeout: 0, cancellationToken: ct));
    }
}
