using System.Diagnostics;
using JorgeBi.Core.Demo;
using JorgeBi.Data.Aggregation;
using JorgeBi.Data.Events;
using Microsoft.Extensions.Logging;

namespace JorgeBi.Data.Seeding;

/// <summary>
/// Appends a generated demo history to the event log through the bulk path while the
/// aggregator stores the facts of what is already appended, then lets the aggregator catch
/// up (set-based for a backlog this size: the rest of the facts, then a rebuild).
/// </summary>
public sealed class DemoSeeder(EventStore store, LogAggregator aggregator, ILogger<DemoSeeder> logger)
{
    // How long the facts wait for the next chunk once they have caught up with the log.
    private static readonly TimeSpan FactsWait = TimeSpan.FromMilliseconds(200);

    public async Task<BulkLoadResult> SeedAsync(DemoOptions options, IProgress<long>? progress = null, CancellationToken ct = default)
    {
        var started = Stopwatch.GetTimestamp();
        var appending = store.BulkAppendAsync(DemoDataGenerator.Generate(options), progress, ct);
        try
        {
            await StoreFactsWhileAsync(appending, ct);
        }
        finally
        {
            // Facts failing must not leave the appending running unobserved.
            if (!appending.IsCompleted) await Task.WhenAny(appending);
        }
        var (accepted, duplicates) = await appending;
        var appended = Stopwatch.GetElapsedTime(started);
        await aggregator.CatchUpAsync(setBased: true, ct);
        var r = new BulkLoadResult(accepted, duplicates, appended, Stopwatch.GetElapsedTime(started) - appended);
        var seconds = (r.Appending + r.Applying).TotalSeconds;
        logger.LogInformation(
            "Seeded {Scale} demo data into {Location}: {Accepted} events stored, {Duplicates} already present, " +
            "{Seconds:F1} s ({Rate:F0} events/s): appending {AppendSeconds:F1} s ({AppendRate:F0} events/s), applying {ApplySeconds:F1} s",
            options.Scale, options.LocationId, r.Accepted, r.Duplicates, seconds, r.Events / Math.Max(seconds, 0.001),
            r.Appending.TotalSeconds, r.Events / Math.Max(r.Appending.TotalSeconds, 0.001), r.Applying.TotalSeconds);
        return r;
    }

    /// <summary>
    /// Stores the facts of the chunks appended so far until <paramref name="appending"/> ends:
    /// the two run on different connections (and cores), and the catch-up afterwards is left
    /// with the last chunks and the rebuild.
    /// </summary>
    private async Task StoreFactsWhileAsync(Task appending, CancellationToken ct)
    {
        while (!appending.IsCompleted)
        {
            var step = await aggregator.StoreFactsAsync(ct);
            if (step.Applied == 0) await Task.WhenAny(appending, Task.Delay(FactsWait, ct));
        }
    }
}
