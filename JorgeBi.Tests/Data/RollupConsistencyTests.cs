using Dapper;
using JorgeBi.Core.Events;
using JorgeBi.Core.Kpis;
using JorgeBi.Data.Aggregation;
using JorgeBi.Data.Events;
using JorgeBi.Data.Kpis;

namespace JorgeBi.Tests.Data;

/// <summary>
/// The property behind every number: for random event sets arriving out of order in random
/// batches, the KPIs read from the rollups equal the KPIs computed straight from the facts.
/// </summary>
public sealed class RollupConsistencyTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task RollupKpis_RandomEventsOutOfOrder_EqualKpisFromFacts(int seed)
    {
        var location = $"prop-{seed}";
        var events = RandomEvents.Generate(seed, location: location);
        var store = new AppliedEventStore(db.DataSource);
        foreach (var batch in RandomEvents.ShuffledBatches(events, seed)) await store.IngestAsync(batch);
        var info = (await new LocationQueries(db.DataSource).FindAsync(location))!;

        foreach (var period in Periods(new Random(seed), RandomEvents.Origin.DateTime.Date))
        {
            var fromRollups = await new KpiQueries(db.DataSource).ReadAsync(info, period);
            var fromFacts = await new FactKpiQueries(db.DataSource).ReadAsync(info, period);
            AssertSameKpis(fromFacts, fromRollups, info);
        }
    }

    // Los Angeles across its fall-back day (25 local hours) and its spring-forward day (23),
    // and Kolkata at UTC+05:30: local days that do not start on a whole UTC hour.
    [Theory]
    [InlineData("America/Los_Angeles", "2026-10-29T00:00:00-07:00", 11)]
    [InlineData("America/Los_Angeles", "2026-03-06T00:00:00-08:00", 12)]
    [InlineData("Asia/Kolkata", "2026-03-06T00:00:00+05:30", 13)]
    public async Task RollupKpis_RandomEventsOutOfOrderInZone_EqualKpisFromFactsAndARebuild(string zone, string origin, int seed)
    {
        var location = $"zone-{seed}";
        var start = DateTimeOffset.Parse(origin, System.Globalization.CultureInfo.InvariantCulture);
        await using (var conn = await db.DataSource.OpenConnectionAsync())
        {
            await conn.ExecuteAsync("insert into location (location_id, name, time_zone) values (@location, @location, @zone)", new { location, zone });
        }
        var events = RandomEvents.Generate(seed, leads: 60, location: location, origin: start);
        var store = new AppliedEventStore(db.DataSource);
        foreach (var batch in RandomEvents.ShuffledBatches(events, seed)) await store.IngestAsync(batch);
        var info = (await new LocationQueries(db.DataSource).FindAsync(location))!;

        foreach (var period in Periods(new Random(seed), start.DateTime.Date))
        {
            AssertSameKpis(await new FactKpiQueries(db.DataSource).ReadAsync(info, period), await new KpiQueries(db.DataSource).ReadAsync(info, period), info);
        }
        await AssertARebuildChangesNothingAsync(store, location);
    }

    [Fact]
    public async Task Rebuild_AfterIncrementalIngestion_LeavesRollupsUnchanged()
    {
        const string location = "prop-rebuild";
        var events = RandomEvents.Generate(7, location: location);
        var store = new AppliedEventStore(db.DataSource);
        foreach (var batch in RandomEvents.ShuffledBatches(events, 7)) await store.IngestAsync(batch);

        await AssertARebuildChangesNothingAsync(store, location);
    }

    // The elected aggregator applies every batch on one session, which keeps its batch
    // tables from one batch to the next: nothing of a batch may leak into the next.
    [Fact]
    public async Task Apply_ManyBatchesOnOneSession_EqualsARebuild()
    {
        const string location = "prop-one-session";
        var events = RandomEvents.Generate(14, location: location);
        var log = new EventStore(db.DataSource);
        var aggregator = new LogAggregator(db.DataSource);
        await using var session = await db.DataSource.OpenConnectionAsync();
        var batches = 0;
        foreach (var batch in RandomEvents.ShuffledBatches(events, 14))
        {
            await log.AppendAsync(batch);
            while ((await aggregator.ApplyNextAsync(session)).Backlog > 0) { }
            batches++;
        }

        Assert.True(batches > 1);
        await AssertARebuildChangesNothingAsync(new AppliedEventStore(db.DataSource), location);
    }

    // A lead's snapshot holds its latest temperature, its epochs every one: a scoring that
    // arrives after a later one changes the epochs and not the snapshot; a bot interaction that
    // is not the lead's first changes neither.
    [Fact]
    public async Task Apply_EarlierScoringArrivingLate_MovesTheEpochs_EqualsARebuild()
    {
        const string location = "prop-late-scoring";
        var lead = EventsOf(location, "lead-late");
        var store = new AppliedEventStore(db.DataSource);
        await store.IngestAsync([
            lead(0, new LeadCreated("zillow", "buyer", "cold", null)),
            lead(0.01, new BotInteraction("bot-a", "conv-late", 900, true, 0.9, null)),
            lead(2, new LeadScored("hot", 90, 80)),
        ]);

        await store.IngestAsync([
            lead(1, new LeadScored("warm", 60, 50)),
            lead(3, new BotInteraction("bot-a", "conv-late", 700, true, 0.8, null)),
        ]);

        await using (var conn = await db.DataSource.OpenConnectionAsync())
        {
            var epochs = await conn.QueryAsync<string>(
                "select temperature from lead_temperature_epoch where location_id = @location order by from_day", new { location });
            // Temperatures as of the start of each day: none known before the day after creation.
            Assert.Equal(["unknown", "cold", "warm", "hot"], epochs);
        }
        await AssertARebuildChangesNothingAsync(store, location);
    }

    // Most leads a batch touches get a bot interaction that is not their first: their snapshot
    // is not rewritten (its row version stays), so their rollups are not moved out and back.
    [Fact]
    public async Task Apply_InteractionThatIsNotTheFirst_LeavesTheLeadRowAsItWas()
    {
        const string location = "prop-not-first";
        var lead = EventsOf(location, "lead-kept");
        var store = new AppliedEventStore(db.DataSource);
        await store.IngestAsync([
            lead(0, new LeadCreated("zillow", "buyer", "warm", null)),
            lead(0.01, new BotInteraction("bot-a", "conv-kept", 900, true, 0.9, null)),
        ]);
        await using var conn = await db.DataSource.OpenConnectionAsync();
        const string Version = "select xmin::text from lead where location_id = @location and lead_id = 'lead-kept'";
        var before = await conn.ExecuteScalarAsync<string>(Version, new { location });

        await store.IngestAsync([lead(1, new BotInteraction("bot-a", "conv-kept", 700, true, 0.8, null))]);

        Assert.Equal(before, await conn.ExecuteScalarAsync<string>(Version, new { location }));
        await AssertARebuildChangesNothingAsync(store, location);
    }

    // A lead's first bot interaction is its earliest, by time then event id: one arriving late
    // that is earlier, or at the same instant with a smaller id, takes its place.
    [Theory]
    [InlineData("prop-earlier-first", -0.005, "00000000-0000-0000-0000-000000000080", "00000000-0000-0000-0000-0000000000ff")]
    [InlineData("prop-same-instant-first", 0, "00000000-0000-0000-0000-000000000090", "00000000-0000-0000-0000-000000000001")]
    public async Task Apply_InteractionBeforeTheFirstArrivingLate_BecomesTheFirst_EqualsARebuild(string location, double daysFromFirst, string firstId, string laterId)
    {
        var lead = EventsOf(location, "lead-first");
        var store = new AppliedEventStore(db.DataSource);
        await store.IngestAsync([
            lead(0, new LeadCreated("zillow", "buyer", "warm", null)),
            lead(0.01, new BotInteraction("bot-a", "conv-a", 900, true, 0.9, null)) with { Id = Guid.Parse(firstId) },
        ]);

        await store.IngestAsync([
            lead(0.01 + daysFromFirst, new BotInteraction("bot-b", "conv-b", 700, true, 0.8, null)) with { Id = Guid.Parse(laterId) },
            lead(0.02, new BotInteraction("bot-c", "conv-c", 500, true, 0.8, null)),
        ]);

        await using (var conn = await db.DataSource.OpenConnectionAsync())
        {
            Assert.Equal("bot-b", await conn.ExecuteScalarAsync<string>(
                "select first_bot_id from lead where location_id = @location and lead_id = 'lead-first'", new { location }));
        }
        await AssertARebuildChangesNothingAsync(store, location);
    }

    // What the batches left equals what a rebuild from the facts makes.
    private async Task AssertARebuildChangesNothingAsync(AppliedEventStore store, string location)
    {
        var incremental = await RollupSnapshot.ReadAsync(db.DataSource, location);
        await store.RebuildRollupsAsync(location);
        Assert.Equal(await RollupSnapshot.ReadAsync(db.DataSource, location), incremental);
    }

    // One lead's events, a number of days after a fixed instant.
    private static Func<double, EventData, BiEvent> EventsOf(string location, string leadId)
    {
        var start = new DateTimeOffset(2026, 5, 4, 9, 0, 0, TimeSpan.Zero);
        return (days, data) => new BiEvent(Guid.NewGuid(), start.AddDays(days), location, leadId, data);
    }

    [Fact]
    public async Task Ingest_SameBatchTwice_LeavesRollupsUnchanged()
    {
        const string location = "prop-idempotent";
        var events = RandomEvents.Generate(8, location: location);
        var store = new AppliedEventStore(db.DataSource);
        await store.IngestAsync(events);
        var once = await RollupSnapshot.ReadAsync(db.DataSource, location);

        var again = await store.IngestAsync(events);

        Assert.Equal(0, again.Accepted);
        Assert.Equal(events.Count, again.Duplicates);
        Assert.Equal(once, await RollupSnapshot.ReadAsync(db.DataSource, location));
    }

    [Fact]
    public async Task Ingest_BatchWithRepeatedId_StoresItOnce()
    {
        var events = RandomEvents.Generate(9, leads: 3, location: "prop-repeat");
        var batch = events.Append(events[0]).ToList();

        var result = await new AppliedEventStore(db.DataSource).IngestAsync(batch);

        Assert.Equal((events.Count, 1), (result.Accepted, result.Duplicates));
    }

    private static IEnumerable<Period> Periods(Random rng, DateTime day0)
    {
        yield return new Period(day0.AddDays(-1), day0.AddDays(8));
        // Whole calendar months inside a long period are read from the monthly rollups.
        yield return new Period(day0.AddDays(-40), day0.AddDays(40));
        // Over half a year, most of it months without events before the ones with them.
        yield return new Period(day0.AddDays(-200), day0.AddDays(40));
        for (var i = 0; i < 6; i++)
        {
            var start = day0.AddDays(rng.Next(-1, 6));
            yield return new Period(start, start.AddDays(rng.Next(1, 4)));
            var hour = day0.AddHours(rng.Next(0, 24 * 6));
            yield return new Period(hour, hour.AddHours(rng.Next(1, 30)));
        }
    }

    private static void AssertSameKpis(KpiAggregates facts, KpiAggregates rollups, LocationInfo info)
    {
        // Floating-point sums differ in the last bits with summation order.
        Assert.Equal(facts with { ProcessingMsSum = Math.Round(facts.ProcessingMsSum, 6), P95ResponseMs = null, MlP95ResponseMs = null, LeadsByTemperature = null!, Pipeline = null!, Latency = null! },
                     rollups with { ProcessingMsSum = Math.Round(rollups.ProcessingMsSum, 6), P95ResponseMs = null, MlP95ResponseMs = null, LeadsByTemperature = null!, Pipeline = null!, Latency = null! });
        // The histograms the company view merges are the same cells either way.
        Assert.Equal(facts.Latency.OrderBy(c => c.BotId).ThenBy(c => c.Ms), rollups.Latency.OrderBy(c => c.BotId).ThenBy(c => c.Ms));
        Assert.Equal(facts.LeadsByTemperature.OrderBy(x => x.Key), rollups.LeadsByTemperature.OrderBy(x => x.Key));
        Assert.Equal(facts.Pipeline.OrderBy(s => s.Stage), rollups.Pipeline.OrderBy(s => s.Stage));
        AssertWithinOneMs(facts.P95ResponseMs, rollups.P95ResponseMs);
        AssertWithinOneMs(facts.MlP95ResponseMs, rollups.MlP95ResponseMs);
        Assert.Equal(KpiCalculator.Compute(facts, info.CommissionRate)[Kpi.WeightedPipelineCommission],
                     KpiCalculator.Compute(rollups, info.CommissionRate)[Kpi.WeightedPipelineCommission]);
    }

    // The histogram keeps the floor of each value: exact - 1 < histogram p95 <= exact.
    private static void AssertWithinOneMs(double? exact, double? fromHistogram)
    {
        Assert.Equal(exact is null, fromHistogram is null);
        if (exact is null) return;
        Assert.InRange(fromHistogram!.Value, exact.Value - 1, exact.Value);
    }
}
