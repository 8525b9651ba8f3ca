using JorgeBi.Core.Demo;
using JorgeBi.Data.Events;
using Microsoft.Extensions.Logging;

namespace JorgeBi.Data.Seeding;

/// <summary>
/// Stores simulated live events at a steady rate through the same group commit as every
/// sender, four batches a second, until the duration ends or it is cancelled.
/// </summary>
public sealed class SimulationRunner(GroupCommit appends, TimeProvider clock, ILogger<SimulationRunner> logger)
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(250);

    public async Task<long> RunAsync(double ratePerSecond, string locationId, TimeSpan? duration, CancellationToken ct)
    {
        var simulator = new LiveEventSimulator(locationId, Environment.TickCount);
        var started = clock.GetUtcNow();
        long stored = 0;
        var owed = 0.0;
        using var timer = new PeriodicTimer(Tick, clock);
        logger.LogInformation("Simulating {Rate} events/s for {Location}", ratePerSecond, locationId);
        while (!ct.IsCancellationRequested && (duration is null || clock.GetUtcNow() - started < duration))
        {
            owed += ratePerSecond * Tick.TotalSeconds;
            var count = (int)owed;
            owed -= count;
            if (count > 0)
            {
                try
                {
                    stored += (await appends.AppendAsync(simulator.Next(clock.GetUtcNow(), count), ct)).Accepted;
                }
                catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException)
                {
                    // The database is away: skip this tick rather than stop the demo.
                    logger.LogWarning("Simulation tick skipped: {Error}", e.Message);
                }
            }
            if (!await timer.WaitForNextTickAsync(ct).AsTask().ContinueWith(t => !t.IsCanceled, TaskScheduler.Default)) break;
        }
        logger.LogInformation("Simulation stored {Count} events", stored);
        return stored;
    }
}
