using JorgeBi.Core.Demo;
using JorgeBi.Data.Migrations;
using JorgeBi.Data.Seeding;
using JorgeBi.Data.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace JorgeBi.Data.Hosting;

/// <summary>
/// Brings the database up before any hosted service starts and takes it down after all of
/// them stopped: it works in the host's Starting and Stopped phases, which run before every
/// StartAsync and after every StopAsync (the framework's data-protection key ring, read at
/// start, lives in the database too). Starts the embedded cluster when no connection string
/// is configured, applies pending migrations, and seeds demo data into an embedded database
/// it has just created. Disposing it stops a cluster it started, so a host that failed to
/// start (a port in use, a failed migration) leaves no server behind.
/// </summary>
public sealed class DatabaseLifetime(
    IOptions<DatabaseOptions> options, DatabaseEndpoint endpoint, Migrator migrator,
    IServiceProvider services, TimeProvider clock, ILogger<DatabaseLifetime> logger) : IHostedLifecycleService, IAsyncDisposable
{
    /// <summary>The cluster this process runs, or null when the database is configured elsewhere.</summary>
    internal PostgresCluster? EmbeddedCluster { get; private set; }

    /// <summary>Where the embedded cluster keeps its files, or null when the database is configured elsewhere.</summary>
    public string? EmbeddedDirectory => EmbeddedCluster?.RootDirectory;

    /// <summary>Starts the database without seeding: for commands that bring their own data.</summary>
    public bool SkipDemoSeed { get; set; }

    /// <summary>Starts the database as it is, without migrating: a restore needs it empty.</summary>
    public bool SkipMigrations { get; set; }

    public async Task StartDatabaseAsync(CancellationToken ct)
    {
        var createdEmpty = false;
        var o = options.Value;
        if (o.IsEmbedded)
        {
            EmbeddedCluster = new PostgresCluster(o.DataDirectory);
            if (ClusterHome.WasMoved(o.DataDirectory, EmbeddedCluster.RootDirectory))
            {
                logger.LogInformation("The postgres user cannot enter {Configured}, so the embedded cluster lives in {DataDirectory}", o.DataDirectory, EmbeddedCluster.RootDirectory);
            }
            await EmbeddedCluster.StartAsync(ct: ct);
            createdEmpty = await EmbeddedCluster.CreateDatabaseIfMissingAsync(o.DatabaseName, ct);
            endpoint.Set(EmbeddedCluster.ConnectionString(o.DatabaseName), embedded: true);
            logger.LogInformation("Embedded PostgreSQL running in {DataDirectory} on 127.0.0.1:{Port}", EmbeddedCluster.RootDirectory, EmbeddedCluster.Port);
        }
        else
        {
            endpoint.Set(o.ConnectionString!, embedded: false);
            logger.LogInformation("Using PostgreSQL at {Host}", new NpgsqlConnectionStringBuilder(o.ConnectionString).Host);
        }
        if (SkipMigrations) return;
        await migrator.MigrateAsync(endpoint.ConnectionString, ct);
        if (createdEmpty && o.SeedDemoData && !SkipDemoSeed)
        {
            var seeder = services.GetRequiredService<DemoSeeder>();
            await seeder.SeedAsync(new DemoOptions(DemoScale.Demo, Seed: 42, Months: 36, End: clock.GetUtcNow()), ct: ct);
            await services.GetRequiredService<FirstOwner>().CreateAsync(ct);
        }
    }

    public async Task StopDatabaseAsync(CancellationToken ct)
    {
        if (EmbeddedCluster is null) return;
        await EmbeddedCluster.StopAsync(ct);
        logger.LogInformation("Embedded PostgreSQL stopped");
    }

    /// <summary>Stops the embedded cluster if it still runs: the host failed before its Stopped phase.</summary>
    public async ValueTask DisposeAsync()
    {
        if (EmbeddedCluster is not { IsRunning: true }) return;
        await StopDatabaseAsync(CancellationToken.None);
    }

    Task IHostedLifecycleService.StartingAsync(CancellationToken ct) => StartDatabaseAsync(ct);
    Task IHostedLifecycleService.StoppedAsync(CancellationToken ct) => StopDatabaseAsync(ct);
    Task IHostedService.StartAsync(CancellationToken ct) => Task.CompletedTask;
    Task IHostedService.StopAsync(CancellationToken ct) => Task.CompletedTask;
    Task IHostedLifecycleService.StartedAsync(CancellationToken ct) => Task.CompletedTask;
    Task IHostedLifecycleService.StoppingAsync(CancellationToken ct) => Task.CompletedTask;
}
