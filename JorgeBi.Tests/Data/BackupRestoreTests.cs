using System.Formats.Tar;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using JorgeBi.Core.Executive;
using JorgeBi.Core.Kpis;
using JorgeBi.Data.Backup;
using JorgeBi.Data.Events;
using JorgeBi.Data.Migrations;
using Microsoft.Extensions.Logging.Abstractions;

namespace JorgeBi.Tests.Data;

/// <summary>
/// A backup restored into an empty database holds the same rows and gives the same numbers,
/// keeps working, and a restore refuses a non-empty database or a damaged file.
/// </summary>
public sealed class BackupRestoreTests(BackupFixture f) : IClassFixture<BackupFixture>
{
    private static readonly DateTime Now = RandomEvents.Origin.DateTime.AddDays(5).AddHours(12);
    private static readonly BackupService Service = new(TimeProvider.System);

    [Fact]
    public async Task Restore_IntoEmptyDatabase_SameRowsChecksumsAndKpis()
    {
        await using var target = await TestDatabase.EmptyAsync();

        var restored = await Service.RestoreAsync(target.ConnectionString, f.File);

        var manifest = await BackupArchive.ReadManifestAsync(f.File, default);
        Assert.Equal(f.Summary, restored);
        Assert.Subset(manifest.Tables.Where(t => t.Rows > 0).Select(t => t.Name).ToHashSet(),
            new HashSet<string> { "event", "fact_deal_closed", "lead", "rollup_bot_hourly", "app_user", "api_key", "audit_log", "schemaversions" });
        Assert.Equal(manifest.Tables, await TablesAsync(f.Source));
        Assert.Equal(manifest.Tables, await TablesAsync(target));
        foreach (var location in BackupFixture.Locations)
        {
            var (month, all) = (await KpisAsync(f.Source, location, "30d"), await KpisAsync(f.Source, location, null));
            Assert.True(all.Metrics[Kpi.TotalLeads] > 0);
            Assert.Equal(Json(month), Json(await KpisAsync(target, location, "30d")));
            Assert.Equal(Json(all), Json(await KpisAsync(target, location, null)));
        }
    }

    [Fact]
    public async Task Restore_ThenNewEvents_StoredAndRolledUpLikeBefore()
    {
        await using var target = await TestDatabase.EmptyAsync();
        await Service.RestoreAsync(target.ConnectionString, f.File);
        var migrator = new Migrator(NullLogger<Migrator>.Instance);
        await migrator.MigrateAsync(target.ConnectionString);
        var before = await KpisAsync(target, "backup-a", null);
        var more = RandomEvents.Generate(31, location: "backup-a");
        var store = new AppliedEventStore(target.DataSource);

        var result = await store.IngestAsync(more);

        Assert.Empty(migrator.PendingScripts(target.ConnectionString));
        Assert.Equal((more.Count, 0), (result.Accepted, result.Duplicates));
        Assert.True((await KpisAsync(target, "backup-a", null)).Metrics[Kpi.TotalLeads] > before.Metrics[Kpi.TotalLeads]);
        var incremental = await RollupSnapshot.ReadAsync(target.DataSource, "backup-a");
        await store.RebuildRollupsAsync("backup-a");
        Assert.Equal(incremental, await RollupSnapshot.ReadAsync(target.DataSource, "backup-a"));
    }

    [Fact]
    public async Task Restore_IntoDatabaseWithData_RefusedAndChangesNothing()
    {
        await using var target = new TestDatabase();
        await target.InitializeAsync();
        await new AppliedEventStore(target.DataSource).IngestAsync(RandomEvents.Generate(41, leads: 5, location: "kept"));
        var before = await TablesAsync(target);

        var e = await Assert.ThrowsAsync<DatabaseNotEmptyException>(() => Service.RestoreAsync(target.ConnectionString, f.File));

        Assert.Contains($"The database '{target.Name}' is not empty", e.Message);
        Assert.Contains("Nothing was restored.", e.Message);
        Assert.Equal(before, await TablesAsync(target));
    }

    [Fact]
    public async Task Restore_ManifestChecksumEdited_FailsNamingTheTable()
    {
        var tampered = Rewrite("edited.backup", m => m with
        {
            Tables = [.. m.Tables.Select(t => t.Name == "fact_deal_closed" ? t with { Checksum = new string('0', 32) } : t)],
        });
        await using var target = await TestDatabase.EmptyAsync();

        var e = await Assert.ThrowsAsync<BackupException>(() => Service.RestoreAsync(target.ConnectionString, tampered));

        Assert.Contains("does not match the backup's manifest: fact_deal_closed: checksum differs.", e.Message);
    }

    [Fact]
    public async Task Restore_DumpDamaged_RefusedBeforeTouchingTheDatabase()
    {
        var damaged = Path.Combine(f.Directory, "damaged.backup");
        var bytes = await File.ReadAllBytesAsync(f.File);
        bytes[bytes.Length / 2] ^= 0xFF;
        await File.WriteAllBytesAsync(damaged, bytes);
        await using var target = await TestDatabase.EmptyAsync();

        var e = await Assert.ThrowsAsync<BackupException>(() => Service.RestoreAsync(target.ConnectionString, damaged));

        Assert.Equal($"{damaged} is damaged: database.dump does not match the checksum in its manifest. Nothing was restored.", e.Message);
        await using var conn = await target.DataSource.OpenConnectionAsync();
        Assert.Empty(await ManifestQueries.ObjectsAsync(conn, default));
    }

    [Fact]
    public async Task Restore_NotABackup_SaysSo()
    {
        var other = Path.Combine(f.Directory, "notes.txt");
        await File.WriteAllTextAsync(other, "not a backup");

        var e = await Assert.ThrowsAsync<BackupException>(() => Service.RestoreAsync("Host=unused", other));

        Assert.Equal($"{other} is not a JorgeBi backup (expected a tar archive holding manifest.json and database.dump).", e.Message);
    }

    [Fact]
    public async Task Backup_WhileEventsArrive_DumpAndManifestShareOneSnapshot()
    {
        await using var source = new TestDatabase();
        await source.InitializeAsync();
        var store = new AppliedEventStore(source.DataSource);
        await store.IngestAsync(RandomEvents.Generate(51, location: "busy"));
        using var stop = new CancellationTokenSource();
        var arriving = Task.Run(async () =>
        {
            for (var seed = 52; !stop.IsCancellationRequested; seed++) await store.IngestAsync(RandomEvents.Generate(seed, leads: 5, location: "busy"));
        });
        var file = Path.Combine(f.Directory, "busy.backup");

        await Service.BackupAsync(source.ConnectionString, file);
        await stop.CancelAsync();
        await arriving;

        // The restore checks every table against the manifest: it throws if the dump saw other rows.
        await using var target = await TestDatabase.EmptyAsync();
        var restored = await Service.RestoreAsync(target.ConnectionString, file);
        Assert.True(restored.Rows > 0);
    }

    private static async Task<IReadOnlyList<TableManifest>> TablesAsync(TestDatabase db)
    {
        await using var conn = await db.DataSource.OpenConnectionAsync();
        await using var tx = await ManifestQueries.BeginSnapshotAsync(conn, default);
        return await ManifestQueries.ReadTablesAsync(conn, tx, default);
    }

    /// <summary>Executive KPIs for a named timeframe, or for all the data when null.</summary>
    private static async Task<ExecutiveKpis> KpisAsync(TestDatabase db, string location, string? timeframe)
    {
        var service = Services.Executive(db.DataSource, ManualClock.AtLosAngeles(Now));
        return timeframe is null
            ? (await service.GetAsync(location, Timeframes.Between(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31))))!
            : (await service.GetAsync(location, timeframe))!;
    }

    // Sums of doubles depend on the order the plan reads rows in, and the restored database,
    // with fresh statistics, may plan differently: the last bits may differ, twelve digits may not.
    private static readonly JsonSerializerOptions TwelveDigits = new() { Converters = { new TwelveDigitDouble() } };

    private static string Json(ExecutiveKpis kpis) => JsonSerializer.Serialize(kpis, TwelveDigits);

    private sealed class TwelveDigitDouble : JsonConverter<double>
    {
        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDouble();

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) =>
            writer.WriteRawValue(value.ToString("G12", CultureInfo.InvariantCulture));
    }

    /// <summary>A copy of the fixture's backup with its manifest edited.</summary>
    private string Rewrite(string name, Func<BackupManifest, BackupManifest> edit)
    {
        var path = Path.Combine(f.Directory, name);
        using var source = File.OpenRead(f.File);
        using var reader = new TarReader(source);
        using var copy = File.Create(path);
        using var writer = new TarWriter(copy);
        while (reader.GetNextEntry() is { } entry)
        {
            if (entry.Name == BackupArchive.ManifestEntry) entry.DataStream = new MemoryStream(edit(BackupManifest.FromJson(entry.DataStream!)).ToJson());
            writer.WriteEntry(entry);
        }
        return path;
    }
}
