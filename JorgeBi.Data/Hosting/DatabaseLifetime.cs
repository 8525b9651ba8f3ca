using JorgeBi.Data.Migrations;
using JorgeBi.Data.Postgres;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace JorgeBi.Data.Hosting;

/// <summary>
/// Brings the database up before anything else starts and takes it down after everything
/// else stopped (it is registered first): starts the embedded cluster when no connection
/// string is configured, then applies pending migrations.
/// </summary>
public sealed class DatabaseLifetime(
    IOptions<DatabaseOptions> options, DatabaseEndpoint endpoint, Migrator migrator, ILogger<DatabaseLifetime> logger) : IHostedService
{
    private PostgresCluster? _cluster;

    /// <summary>True when this start created the embedded database (so it is empty).</summary>
    public bool CreatedEmptyDatabase { get; private set; }

    public async Task StartAsync(CancellationToken ct)
    {
        var o = options.Value;
        if (o.IsEmbedded)
        {
            _cluster = new PostgresCluster(o.DataDirectory);
            await _cluster.StartAsync(ct);
            CreatedEmptyDatabase = await _cluster.CreateDatabaseIfMissingAsync(o.DatabaseName, ct);
            endpoint.Set(_cluster.ConnectionString(o.DatabaseName), embedded: true);
            logger.LogInformation("Embedded PostgreSQL running in {DataDirectory} on 127.0.0.1:{Port}", _cluster.RootDirectory, _cluster.Port);
        }
        else
        {
            endpoint.Set(o.ConnectionString!, embedded: false);
            logger.LogInformation("Using PostgreSQL at {Host}", new NpgsqlConnectionStringBuilder(o.ConnectionString).Host);
        }
        await migrator.MigrateAsync(endpoint.ConnectionString, ct);
    }

    public async Task StopAsync(CancellationToken ct)
    {
        if (_cluster is null) return;
        await _cluster.StopAsync(ct);
        logger.LogInformation("Embedded PostgreSQL stopped");
    }
}
