using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace JorgeBi.Data.Hosting;

/// <summary>
/// Starts the embedded cluster again when its server died (killed, out of memory, a crash):
/// the app owns that server, so nobody else would. It comes back on the same port, so the
/// connection pool and the change feed reconnect by themselves. A configured database is
/// somebody else's to run and is left alone.
/// </summary>
public sealed class EmbeddedClusterWatchdog(
    AppDatabase database, TimeProvider clock, ILogger<EmbeddedClusterWatchdog> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        if (database.EmbeddedCluster is not { } cluster) return;
        using var timer = new PeriodicTimer(database.Options.WatchdogInterval, clock);
        var port = cluster.Port;
        while (await timer.WaitForNextTickAsync(ct))
        {
            if (await cluster.IsServerAliveAsync(ct)) continue;
            logger.LogWarning("Embedded PostgreSQL is not running; starting it again on port {Port}", port);
            try
            {
                await cluster.StartAsync(port, ct);
                logger.LogInformation("Embedded PostgreSQL is back on port {Port}", cluster.Port);
            }
            catch (InvalidOperationException e)
            {
                // The dead server's last processes may still hold the port or shared memory for a moment.
                logger.LogWarning("Embedded PostgreSQL did not start yet, trying again: {Reason}", e.Message);
            }
        }
    }
}
