using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace JorgeBi.Data.Backup;

/// <summary>
/// What a backup holds, written beside the dump: the rows and checksum of every table, read
/// in the same snapshot as the dump, and the SHA-256 of the dump itself. A restore checks the
/// dump against <see cref="DumpSha256"/> before touching the database and the restored tables
/// against <see cref="Tables"/> after.
/// </summary>
public sealed record BackupManifest(
    int Format,
    DateTimeOffset CreatedAt,
    string ServerVersion,
    string? Migration,
    string DumpSha256,
    IReadOnlyList<TableManifest> Tables)
{
    public const int CurrentFormat = 1;

    // snake_case like the API. Relaxed escaping: the file is read by people and tools, never embedded in HTML.
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [JsonIgnore] public long Rows => Tables.Sum(t => t.Rows);

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    public static BackupManifest FromJson(Stream json) =>
        JsonSerializer.Deserialize<BackupManifest>(json, Json) ?? throw new JsonException("The manifest is empty.");

    /// <summary>Each way <paramref name="actual"/> differs from these tables, one line per table; empty when identical.</summary>
    public IReadOnlyList<string> Differences(IReadOnlyList<TableManifest> actual)
    {
        var found = actual.ToDictionary(t => t.Name);
        var problems = new List<string>();
        foreach (var t in Tables)
        {
            if (!found.Remove(t.Name, out var f)) problems.Add($"{t.Name}: missing");
            else if (f.Rows != t.Rows) problems.Add($"{t.Name}: {t.Rows:N0} rows expected, {f.Rows:N0} found");
            else if (f.Checksum != t.Checksum) problems.Add($"{t.Name}: checksum differs");
        }
        problems.AddRange(found.Keys.Order(StringComparer.Ordinal).Select(name => $"{name}: not in the backup"));
        return problems;
    }
}

/// <param name="Checksum">MD5 over the table's row count and the sums of its rows' MD5s (see ManifestQueries).</param>
public sealed record TableManifest(
    string Name,
    long Rows,
    string Checksum);
