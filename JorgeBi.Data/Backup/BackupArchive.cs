using System.Formats.Tar;
using System.Text.Json;

namespace JorgeBi.Data.Backup;

/// <summary>
/// The backup file: a tar archive of two entries, <c>manifest.json</c> then <c>database.dump</c>
/// (pg_dump's custom format), so one file travels and standard tools can open it
/// (<c>tar -xf FILE database.dump</c> gives a dump pg_restore reads on its own).
/// </summary>
internal static class BackupArchive
{
    public const string ManifestEntry = "manifest.json";
    public const string DumpEntry = "database.dump";

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>
    /// Writes the archive beside <paramref name="path"/> and moves it into place when complete,
    /// readable by its owner only: it holds password and API key hashes.
    /// </summary>
    public static async Task WriteAsync(string path, BackupManifest manifest, string dumpFile, CancellationToken ct)
    {
        var partial = path + ".partial";
        try
        {
            await using (var file = CreatePrivate(partial))
            await using (var tar = new TarWriter(file, TarEntryFormat.Pax))
            {
                await using var json = new MemoryStream(manifest.ToJson());
                await tar.WriteEntryAsync(Entry(ManifestEntry, json), ct);
                await using var dump = File.OpenRead(dumpFile);
                await tar.WriteEntryAsync(Entry(DumpEntry, dump), ct);
            }
            File.Move(partial, path);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>Creates (or empties) a file only its owner can read.</summary>
    public static FileStream CreatePrivate(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = OwnerOnly;
        return new FileStream(path, options);
    }

    public static async Task<BackupManifest> ReadManifestAsync(string path, CancellationToken ct)
    {
        await using var file = File.OpenRead(path);
        await using var tar = new TarReader(file);
        var entry = await NextAsync(tar, ManifestEntry, path, ct);
        try
        {
            return BackupManifest.FromJson(entry.DataStream!);
        }
        catch (JsonException e)
        {
            throw new BackupException($"{path}: {ManifestEntry} is unreadable ({e.Message}).");
        }
    }

    /// <summary>Hands the dump entry to <paramref name="use"/> as a stream, read straight from the archive.</summary>
    public static async Task ReadDumpAsync(string path, Func<Stream, Task> use, CancellationToken ct)
    {
        await using var file = File.OpenRead(path);
        await using var tar = new TarReader(file);
        await NextAsync(tar, ManifestEntry, path, ct);
        var entry = await NextAsync(tar, DumpEntry, path, ct);
        await use(entry.DataStream!);
    }

    private static PaxTarEntry Entry(string name, Stream data) =>
        new(TarEntryType.RegularFile, name) { DataStream = data, Mode = OwnerOnly, ModificationTime = DateTimeOffset.UtcNow };

    private static async Task<TarEntry> NextAsync(TarReader tar, string expected, string path, CancellationToken ct)
    {
        TarEntry? entry;
        try
        {
            entry = await tar.GetNextEntryAsync(copyData: false, ct);
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or EndOfStreamException)
        {
            entry = null;
        }
        if (entry?.Name != expected || entry.DataStream is null)
        {
            throw new BackupException($"{path} is not a JorgeBi backup (expected a tar archive holding {ManifestEntry} and {DumpEntry}).");
        }
        return entry;
    }
}
