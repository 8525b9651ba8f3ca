using JorgeBi.Data.Hosting;
using JorgeBi.Data.Migrations;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace JorgeBi.Web.Health;

/// <summary>Ready when the database answers and every migration is applied.</summary>
public sealed class DatabaseHealthCheck(NpgsqlDataSource db, AppDatabase database, Migrator migrator) : IHealthCheck
{
    private volatile bool _migrationsCurrent;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await using var cmd = db.CreateCommand("select 1");
            await cmd.ExecuteScalarAsync(ct);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("database unreachable");
        }
        // The schema only moves forward while the app runs; once current, it stays current.
        _migrationsCurrent = _migrationsCurrent || migrator.PendingScripts(database.ConnectionString).Count == 0;
        return _migrationsCurrent ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("migrations pending");
    }
}
