using System.Security.Cryptography;
using Dapper;
using JorgeBi.Data.Migrations;
using Npgsql;

namespace JorgeBi.Data.Backup;

/// <param name="Tables">Tables in the manifest.</param>
/// <param name="Rows">Rows in those tables.</param>
/// <param name="Bytes">Size of the backup file.</param>
public sealed record BackupSummary(int Tables, long Rows, long Bytes);

/// <summary>
/// Backs a database up into one file (see <see cref="BackupArchive"/>) and restores such a
/// file into an empty database, checking it against its manifest before and after.
/// </summary>
public sealed class BackupService(TimeProvider clock)
{
    /// <summary>Why <paramref name="path"/> cannot receive a backup, or null when it can.</summary>
    public static string? TargetProblem(string path) =>
        File.Exists(path) || Directory.Exists(path) ? $"{path} already exists: choose a new name (a backup never overwrites a file)."
        : !Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(path))) ? $"The directory of {path} does not exist."
        : null;

    /// <summary>Why <paramref name="path"/> cannot be restored from, or null when it can be tried.</summary>
    public static string? SourceProblem(string path) => File.Exists(path) ? null : $"{path} does not exist.";

    public async Task<BackupSummary> BackupAsync(string connectionString, string path, CancellationToken ct = default)
    {
        if (TargetProblem(path) is { } problem) throw new BackupException(problem);
        var dumpFile = path + ".dump.partial";
        try
        {
            await using var conn = new NpgsqlConnection(connectionString);
            await conn.OpenAsync(ct);
            await using var tx = await ManifestQueries.BeginSnapshotAsync(conn, ct);
            var snapshot = await ManifestQueries.ExportSnapshotAsync(conn, tx, ct);
            // pg_dump keeps the file's mode: created here, it is private from the first byte.
            await using (BackupArchive.CreatePrivate(dumpFile)) { }
            // pg_dump imports the snapshot while this transaction, kept open until both are
            // done, reads the manifest in it: dump and manifest describe the same rows.
            var dump = PgDumpTools.DumpAsync(connectionString, snapshot, dumpFile, ct);
            var read = ReadManifestAsync(conn, tx, ct);
            await Task.WhenAll(dump, read);
            var manifest = (await read) with { DumpSha256 = await Sha256Async(dumpFile, ct) };
            await BackupArchive.WriteAsync(path, manifest, dumpFile, ct);
            return new BackupSummary(manifest.Tables.Count, manifest.Rows, new FileInfo(path).Length);
        }
        finally
        {
            File.Delete(dumpFile);
        }
    }

    public async Task<BackupSummary> RestoreAsync(string connectionString, string path, CancellationToken ct = default)
    {
        if (SourceProblem(path) is { } problem) throw new BackupException(problem);
        var manifest = await BackupArchive.ReadManifestAsync(path, ct);
        CheckReadable(manifest, path);

        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync(ct);
        var objects = await ManifestQueries.ObjectsAsync(conn, ct);
        if (objects.Count > 0)
        {
            throw new DatabaseNotEmptyException(
                $"The database '{conn.Database}' is not empty (it holds {objects.Count} tables, sequences or functions, such as {string.Join(", ", objects.Take(3))}): restore needs an empty database. Nothing was restored.");
        }

        var sha = "";
        await BackupArchive.ReadDumpAsync(path, async dump => sha = await Sha256Async(dump, ct), ct);
        if (sha != manifest.DumpSha256)
        {
            throw new BackupException($"{path} is damaged: {BackupArchive.DumpEntry} does not match the checksum in its manifest. Nothing was restored.");
        }

        await BackupArchive.ReadDumpAsync(path, dump => PgDumpTools.RestoreAsync(connectionString, dump, ct), ct);
        // pg_restore leaves no planner statistics; without them the first queries crawl.
        // (Text, said explicitly: Dapper takes a one-word command for a procedure name.)
        await conn.ExecuteAsync(new CommandDefinition("analyze", commandType: System.Data.CommandType.Text, commandTimeout: 0, cancellationToken: ct));

        await using var tx = await ManifestQueries.BeginSnapshotAsync(conn, ct);
        var differences = manifest.Differences(await ManifestQueries.ReadTablesAsync(conn, tx, ct));
        if (differences.Count > 0)
        {
            throw new BackupException(
                $"The restored database '{conn.Database}' does not match the backup's manifest: {string.Join("; ", differences)}. Do not use it: drop it and restore from a sound backup.");
        }
        return new BackupSummary(manifest.Tables.Count, manifest.Rows, new FileInfo(path).Length);
    }

    private async Task<BackupManifest> ReadManifestAsync(NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct) =>
        new(BackupManifest.CurrentFormat, clock.GetUtcNow(),
            await ManifestQueries.ServerVersionAsync(conn, tx, ct),
            await ManifestQueries.MigrationAsync(conn, tx, ct),
            DumpSha256: "",
            await ManifestQueries.ReadTablesAsync(conn, tx, ct));

    private static void CheckReadable(BackupManifest manifest, string path)
    {
        if (manifest.Format != BackupManifest.CurrentFormat)
        {
            throw new BackupException($"{path} has backup format {manifest.Format}; this version of JorgeBi reads format {BackupManifest.CurrentFormat}.");
        }
        if (manifest.Migration is not null && Migrator.IsNewerThanThisBuild(manifest.Migration))
        {
            throw new BackupException(
                $"{path} comes from a newer JorgeBi (migration {manifest.Migration}; this version knows up to {Migrator.LatestScript}): restore it with that version or a newer one.");
        }
    }

    private static async Task<string> Sha256Async(string file, CancellationToken ct)
    {
        await using var stream = File.OpenRead(file);
        return await Sha256Async(stream, ct);
    }

    private static async Task<string> Sha256Async(Stream stream, CancellationToken ct) =>
        Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
}
