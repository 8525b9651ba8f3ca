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
/// Brings the database up before anything else starts and takes it down after everything
/// else stopped (it is registered first): starts the embedded cluster when no connection
/// string is configured, then applies pending migrations, and seeds demo data into an
/// embedded database it has just created.
/// </summary>
public sealed class DatabaseLifetime(
    IOptions<DatabaseOptions> options, DatabaseEndpoint endpoint, Migrator migrator,
    IServiceProvider services, TimeProvider clock, ILogger<DatabaseLifetime> logger) : IHostedService
{
    private PostgresCluster? _cluster;

    /// <summary>Starts the database without seeding: for commands that bring their own data.</summary>
    public bool SkipDemoSeed { get; set; }

    /// <summary>Starts the database as it is, without migrating: a restore needs it empty.</summary>
    public bool SkipMigrations { get; set; }

    public async Task StartAsync(CancellationToken ct)
    {
        var createdEmpty = false;
        var o = options.Value;
        if (o.IsEmbedded)
        {
            _cluster = new PostgresCluster(o.DataDirectory);
            await _cluster.StartAsync(ct: ct);
            createdEmpty = await _cluster.CreateDatabaseIfMissingAsync(o.DatabaseName, ct);
            endpoint.Set(_cluster.ConnectionString(o.DatabaseName), embedded: true);
            logger.LogInformation("Embedded PostgreSQL running in {DataDirectory} on 127.0.0.1:{Port}", _cluster.RootDirectory, _cluster.Port);
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

    public async Task StopAsync(CancellationToken ct)
    {
        if (_cluster is null) return;
        await _cluster.StopAsync(ct);
        logger.LogInformation("Embedded PostgreSQL stopped");
    }
}
