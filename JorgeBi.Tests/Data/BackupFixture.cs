using JorgeBi.Data.Access;
using JorgeBi.Data.Backup;
using JorgeBi.Data.Events;

namespace JorgeBi.Tests.Data;

/// <summary>
/// A database holding events of two locations, a user, an API key and audit entries, and
/// one backup of it taken before any test runs.
/// </summary>
public sealed class BackupFixture : IAsyncLifetime
{
    public static readonly string[] Locations = ["backup-a", "backup-b"];

    public TestDatabase Source { get; } = new();
    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("jorgebi-backup-").FullName;
    public string File => Path.Combine(Directory, "jorgebi.backup");
    public BackupSummary Summary { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Source.InitializeAsync();
        var store = new AppliedEventStore(Source.DataSource);
        foreach (var (location, seed) in Locations.Select((l, i) => (l, 11 + i)))
        {
            foreach (var batch in RandomEvents.ShuffledBatches(RandomEvents.Generate(seed, location: location), seed)) await store.IngestAsync(batch);
        }
        await new UserStore(Source.DataSource, TimeProvider.System).AddAsync("owner", UserRoles.Owner, "correct-horse-battery");
        await new ApiKeyStore(Source.DataSource, TimeProvider.System).CreateAsync("reader", [ApiKeyScopes.BiRead]);
        await new AuditLog(Source.DataSource).WriteAsync("test", "apikey.create", "reader");
        Summary = await new BackupService(TimeProvider.System).BackupAsync(Source.ConnectionString, File);
    }

    public async Task DisposeAsync()
    {
        await Source.DisposeAsync();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
