using JorgeBi.Data.Migrations;
using JorgeBi.Data.Postgres;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace JorgeBi.Data.Hosting;

/// <summary>
/// The database this process works on, found or started before the app's services are built,
/// so they are handed a plain connection string. With ConnectionStrings:Postgres it is that
/// server and nothing is started; without, it is the embedded cluster under
/// Database:DataDirectory, started here and stopped again on dispose.
/// </summary>
public sealed class AppDatabase : IAsyncDisposable
{
    private readonly ILogger _logger;

    private AppDatabase(DatabaseOptions options, string connectionString, PostgresCluster? embedded, bool needsDemoData, ILogger logger)
    {
        Options = options;
        ConnectionString = connectionString;
        EmbeddedCluster = embedded;
        NeedsDemoData = needsDemoData;
        _logger = logger;
    }

    public DatabaseOptions Options { get; }

    /// <summary>The primary's connection string: every data source and dedicated connection is built from it.</summary>
    public string ConnectionString { get; }

    /// <summary>The cluster this process runs, or null when the database is configured elsewhere.</summary>
    internal PostgresCluster? EmbeddedCluster { get; }

    /// <summary>Where the embedded cluster keeps its files, or null when the database is configured elsewhere.</summary>
    public string? EmbeddedDirectory => EmbeddedCluster?.RootDirectory;

    /// <summary>True when the embedded database was created by this start and demo data was asked for.</summary>
    public bool NeedsDemoData { get; }

    /// <summary>
    /// Finds or starts the database and readies it as <paramref name="preparation"/> says. A
    /// cluster started here is stopped again when a later step fails, so a failed start (a
    /// failed migration) leaves no server behind.
    /// </summary>
    public static async Task<AppDatabase> StartAsync(
        DatabaseOptions options, DatabasePreparation preparation, ILoggerFactory loggers, CancellationToken ct = default)
    {
        var logger = loggers.CreateLogger<AppDatabase>();
        if (!options.IsEmbedded)
        {
            logger.LogInformation("Using PostgreSQL at {Host}", new NpgsqlConnectionStringBuilder(options.ConnectionString).Host);
            var configured = new AppDatabase(options, options.ConnectionString!, null, needsDemoData: false, logger);
            await configured.PrepareAsync(preparation, loggers, ct);
            return configured;
        }
        var cluster = new PostgresCluster(options.DataDirectory);
        if (ClusterHome.WasMoved(options.DataDirectory, cluster.RootDirectory))
        {
            logger.LogInformation("The postgres user cannot enter {Configured}, so the embedded cluster lives in {DataDirectory}", options.DataDirectory, cluster.RootDirectory);
        }
        var database = (AppDatabase?)null;
        try
        {
            await cluster.StartAsync(ct: ct);
            var createdEmpty = await cluster.CreateDatabaseIfMissingAsync(options.DatabaseName, ct);
            logger.LogInformation("Embedded PostgreSQL running in {DataDirectory} on 127.0.0.1:{Port}", cluster.RootDirectory, cluster.Port);
            var needsDemoData = createdEmpty && options.SeedDemoData && preparation == DatabasePreparation.MigratedWithDemoData;
            database = new AppDatabase(options, cluster.ConnectionString(options.DatabaseName), cluster, needsDemoData, logger);
            await database.PrepareAsync(preparation, loggers, ct);
            return database;
        }
        catch
        {
            if (database is not null) await database.DisposeAsync();
            else await cluster.StopAsync(CancellationToken.None);
            throw;
        }
    }

    private async Task PrepareAsync(DatabasePreparation preparation, ILoggerFactory loggers, CancellationToken ct)
    {
        if (preparation == DatabasePreparation.AsFound) return;
        await new Migrator(loggers.CreateLogger<Migrator>()).MigrateAsync(ConnectionString, ct);
    }

    /// <summary>Stops the embedded cluster if this process started it; a configured database is left alone.</summary>
    public async ValueTask DisposeAsync()
    {
        if (EmbeddedCluster is not { IsRunning: true } cluster) return;
        await cluster.StopAsync(CancellationToken.None);
        _logger.LogInformation("Embedded PostgreSQL stopped");
    }
}
