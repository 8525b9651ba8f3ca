using Dapper;
using JorgeBi.Core.Demo;
using JorgeBi.Data.Aggregation;
using JorgeBi.Data.Events;
using JorgeBi.Data.Kpis;
using JorgeBi.Data.Seeding;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace JorgeBi.Tests.Data;

public sealed class BulkLoadTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    // Any backlog over 10 events is applied set-based, in chunks of 50: facts first, then
    // one rebuild of the locations touched.
    private static readonly AggregatorOptions SetBased = new() { BulkThreshold = 10, BulkChunkEvents = 50 };

    [Fact]
    public async Task BulkLoad_SameEventsAsPerBatchPath_GivesIdenticalRollups()
    {
        var store = new AppliedEventStore(db.DataSource);
        var perBatch = RandomEvents.Generate(21, location: "path-batch");
        var bulk = RandomEvents.Generate(21, location: "path-bulk");
        foreach (var batch in RandomEvents.ShuffledBatches(perBatch, 21)) await store.IngestAsync(batch);

        var result = await new AppliedEventStore(db.DataSource, aggregation: SetBased).BulkLoadAsync(bulk);

        Assert.Equal(bulk.Count, result.Accepted);
        var a = await RollupSnapshot.ReadAsync(db.DataSource, "path-batch");
        var b = await RollupSnapshot.ReadAsync(db.DataSource, "path-bulk");
        Assert.NotEmpty(a);
        Assert.Equal(a.Select(r => r.Replace("path-batch", "")), b.Select(r => r.Replace("path-bulk", "")));
    }

    [Fact]
    public async Task Backlog_OverTheThresholdButSmallAgainstTheLog_IsAppliedBatchByBatchNotRebuilt()
    {
        await new AppliedEventStore(db.DataSource).IngestAsync(RandomEvents.Generate(24, leads: 300, days: 6, location: "burst-history"));
        var burst = RandomEvents.Generate(25, leads: 4, days: 1, location: "burst");
        var applied = await AppliedSeqAsync();
        Assert.InRange(burst.Count, SetBased.BulkThreshold + 1, applied / 10 - 1);
        var appended = await new EventStore(db.DataSource).AppendAsync(burst);

        var step = await new LogAggregator(db.DataSource, Options.Create(SetBased)).ApplyNextAsync();

        // One micro-batch applied the whole burst: no facts-only chunk, no rebuild pending.
        Assert.Equal(burst.Count, step.Applied);
        Assert.Equal(appended.Seq, step.AppliedSeq);
    }

    private async Task<long> AppliedSeqAsync()
    {
        await using var conn = await db.DataSource.OpenConnectionAsync();
        return await conn.ExecuteScalarAsync<long>("select applied_seq from log_state");
    }

    [Fact]
    public async Task BulkLoad_ManyChunksWithRepeats_GivesIdenticalRollupsAndCountsRepeatsOnce()
    {
        var perBatch = RandomEvents.Generate(22, location: "chunks-batch");
        var bulk = RandomEvents.Generate(22, location: "chunks-bulk");
        foreach (var batch in RandomEvents.ShuffledBatches(perBatch, 22)) await new AppliedEventStore(db.DataSource).IngestAsync(batch);
        // Chunks of 7 alternate between the two loading connections; the first event repeats
        // within its own chunk, twenty more in chunks after their originals.
        var withRepeats = bulk.Take(1).Concat(bulk).Concat(bulk.Take(20)).ToList();

        var result = await new AppliedEventStore(db.DataSource, bulkChunkSize: 7, aggregation: SetBased).BulkLoadAsync(withRepeats);

        Assert.Equal(bulk.Count, result.Accepted);
        Assert.Equal(21, result.Duplicates);
        var a = await RollupSnapshot.ReadAsync(db.DataSource, "chunks-batch");
        var b = await RollupSnapshot.ReadAsync(db.DataSource, "chunks-bulk");
        Assert.NotEmpty(a);
        Assert.Equal(a.Select(r => r.Replace("chunks-batch", "")), b.Select(r => r.Replace("chunks-bulk", "")));
    }

    [Fact]
    public async Task StoreFacts_OfABulkLoad_StoresOnlyFactsAndTheCatchUpGivesTheRollupsOfThePerBatchPath()
    {
        var perBatch = RandomEvents.Generate(23, location: "facts-batch");
        var bulk = RandomEvents.Generate(23, location: "facts-bulk");
        foreach (var batch in RandomEvents.ShuffledBatches(perBatch, 23)) await new AppliedEventStore(db.DataSource).IngestAsync(batch);
        var aggregator = new LogAggregator(db.DataSource, Options.Create(SetBased));
        await new EventStore(db.DataSource, bulkChunkSize: 7).BulkAppendAsync(bulk);
        var appliedBefore = await AppliedSeqAsync();

        long stored = 0;
        ApplyStep step;
        do
        {
            step = await aggregator.StoreFactsAsync();
            stored += step.Applied;
        }
        while (step.Applied > 0);

        // Every fact stored once, in chunks of 50; nothing applied to the rollups yet.
        Assert.Equal(bulk.Count, stored);
        Assert.Equal(bulk.Count, await CountFactsAsync("facts-bulk"));
        Assert.Equal(appliedBefore, await AppliedSeqAsync());
        Assert.Empty(await RollupSnapshot.ReadAsync(db.DataSource, "facts-bulk"));

        Assert.Equal(0, (await aggregator.StoreFactsAsync()).Applied);
        await aggregator.CatchUpAsync(setBased: true);
        var a = await RollupSnapshot.ReadAsync(db.DataSource, "facts-batch");
        var b = await RollupSnapshot.ReadAsync(db.DataSource, "facts-bulk");
        Assert.NotEmpty(a);
        Assert.Equal(a.Select(r => r.Replace("facts-batch", "")), b.Select(r => r.Replace("facts-bulk", "")));
    }

    [Fact]
    public async Task Seed_InManyChunksWithFactsStoredWhileAppending_EveryEventAppliedOnceAndRollupsEqualARebuild()
    {
        var options = new DemoOptions(DemoScale.Demo, Seed: 6, Months: 2, End: new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), LocationId: "seeded-chunks");
        var aggregator = new LogAggregator(db.DataSource, Options.Create(new AggregatorOptions { BulkChunkEvents = 150 }));
        var seeder = new DemoSeeder(new EventStore(db.DataSource, bulkChunkSize: 100), aggregator, NullLogger<DemoSeeder>.Instance);

        var result = await seeder.SeedAsync(options);

        Assert.True(result.Accepted > 1_000, $"{result.Accepted} events");
        Assert.Equal(result.Accepted, await CountFactsAsync("seeded-chunks"));
        Assert.Equal(0, (await new LogPositionQueries(db.DataSource).LagAsync()).EventsBehind);
        var seeded = await RollupSnapshot.ReadAsync(db.DataSource, "seeded-chunks");
        await new EventStore(db.DataSource).RebuildRollupsAsync("seeded-chunks");
        Assert.NotEmpty(seeded);
        Assert.Equal(await RollupSnapshot.ReadAsync(db.DataSource, "seeded-chunks"), seeded);
    }

    private async Task<long> CountFactsAsync(string location)
    {
        await using var conn = await db.DataSource.OpenConnectionAsync();
        return await FactCounts.OfLocationAsync(conn, location);
    }

    [Fact]
    public async Task Seed_SameOptionsTwice_StoresNothingNewAndSameNumbers()
    {
        var options = new DemoOptions(DemoScale.Demo, Seed: 5, Months: 2, End: new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), LocationId: "seeded");
        var seeder = new DemoSeeder(new EventStore(db.DataSource), new LogAggregator(db.DataSource), NullLogger<DemoSeeder>.Instance);

        var first = await seeder.SeedAsync(options);
        var kpis = await ReadKpisAsync();
        var second = await seeder.SeedAsync(options);

        Assert.True(first.Accepted > 0);
        Assert.Equal(0, second.Accepted);
        Assert.Equal(first.Accepted, second.Duplicates);
        Assert.Equal(kpis, await ReadKpisAsync());
    }

    private async Task<string> ReadKpisAsync()
    {
        var location = (await new LocationQueries(db.DataSource).FindAsync("seeded"))!;
        var period = JorgeBi.Core.Kpis.Timeframes.Between(new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 31));
        var aggregates = await new KpiQueries(db.DataSource).ReadAsync(location, period);
        return System.Text.Json.JsonSerializer.Serialize(JorgeBi.Core.Kpis.KpiCalculator.Compute(aggregates, location.CommissionRate));
    }
}
