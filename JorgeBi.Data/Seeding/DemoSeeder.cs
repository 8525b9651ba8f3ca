using System.Diagnostics;
using JorgeBi.Core.Demo;
using JorgeBi.Data.Aggregation;
using JorgeBi.Data.Events;
using Microsoft.Extensions.Logging;

namespace JorgeBi.Data.Seeding;

/// <summary>
/// Appends a generated demo history to the event log through the bulk path, then lets the
/// aggregator catch up (set-based for a backlog this size).
/// </summary>
public sealed class DemoSeeder(EventStore store, LogAggregator aggregator, ILogger<DemoSeeder> logger)
{
    public async Task<BulkLoadResult> SeedAsync(DemoOptions options, IProgress<long>? progress = null, CancellationToken ct = default)
    {
        var started = Stopwatch.GetTimestamp();
        var (accepted, duplicates) = await store.BulkAppendAsync(DemoDataGenerator.Generate(options), progress, ct);
        var appending = Stopwatch.GetElapsedTime(started);
        await aggregator.CatchUpAsync(setBased: true, ct);
        var r = new BulkLoadResult(accepted, duplicates, appending, Stopwatch.GetElapsedTime(started) - appending);
        var seconds = (r.Appending + r.Applying).TotalSeconds;
        logger.LogInformation(
            "Seeded {Scale} demo data into {Location}: {Accepted} events stored, {Duplicates} already present, " +
            "{Seconds:F1} s ({Rate:F0} events/s): appending {AppendSeconds:F1} s ({AppendRate:F0} events/s), applying {ApplySeconds:F1} s",
            options.Scale, options.LocationId, r.Accepted, r.Duplicates, seconds, r.Events / Math.Max(seconds, 0.001),
            r.Appending.TotalSeconds, r.Events / Math.Max(r.Appending.TotalSeconds, 0.001), r.Applying.TotalSeconds);
        return r;
    }
}
