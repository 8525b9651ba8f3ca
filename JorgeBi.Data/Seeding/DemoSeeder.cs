using JorgeBi.Core.Demo;
using JorgeBi.Data.Events;
using Microsoft.Extensions.Logging;

namespace JorgeBi.Data.Seeding;

/// <summary>Stores a generated demo history through the event store's bulk path.</summary>
public sealed class DemoSeeder(EventStore store, ILogger<DemoSeeder> logger)
{
    public async Task<IngestResult> SeedAsync(DemoOptions options, IProgress<long>? progress = null, CancellationToken ct = default)
    {
        var started = DateTimeOffset.UtcNow;
        var result = await store.BulkLoadAsync(DemoDataGenerator.Generate(options), progress, ct);
        var seconds = (DateTimeOffset.UtcNow - started).TotalSeconds;
        logger.LogInformation(
            "Seeded {Scale} demo data into {Location}: {Accepted} events stored, {Duplicates} already present, {Seconds:F1} s ({Rate:F0} events/s)",
            options.Scale, options.LocationId, result.Accepted, result.Duplicates, seconds, (result.Accepted + result.Duplicates) / Math.Max(seconds, 0.001));
        return result;
    }
}
