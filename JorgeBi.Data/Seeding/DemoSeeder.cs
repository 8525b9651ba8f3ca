using JorgeBi.Core.Demo;
using JorgeBi.Data.Events;
using Microsoft.Extensions.Logging;

namespace JorgeBi.Data.Seeding;

/// <summary>Stores a generated demo history through the event store's bulk path.</summary>
public sealed class DemoSeeder(EventStore store, ILogger<DemoSeeder> logger)
{
    public async Task<BulkLoadResult> SeedAsync(DemoOptions options, IProgress<long>? progress = null, CancellationToken ct = default)
    {
        var r = await store.BulkLoadAsync(DemoDataGenerator.Generate(options), progress, ct);
        var seconds = (r.Loading + r.Rebuilding).TotalSeconds;
        logger.LogInformation(
            "Seeded {Scale} demo data into {Location}: {Accepted} events stored, {Duplicates} already present, " +
            "{Seconds:F1} s ({Rate:F0} events/s): facts {LoadSeconds:F1} s ({LoadRate:F0} events/s), rollup rebuild {RebuildSeconds:F1} s",
            options.Scale, options.LocationId, r.Accepted, r.Duplicates, seconds, r.Events / Math.Max(seconds, 0.001),
            r.Loading.TotalSeconds, r.Events / Math.Max(r.Loading.TotalSeconds, 0.001), r.Rebuilding.TotalSeconds);
        return r;
    }
}
