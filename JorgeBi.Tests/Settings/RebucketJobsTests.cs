using Dapper;
using JorgeBi.Core.Settings;
using JorgeBi.Data.Settings;

namespace JorgeBi.Tests.Settings;

/// <summary>
/// A location moving to another time zone, on a real PostgreSQL: queued by the save, run in one
/// transaction with its progress visible meanwhile, the old numbers until it commits, the same
/// rollups as a fresh load in the new zone after, and nothing half-done when it is interrupted.
/// </summary>
public sealed class RebucketJobsTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    private SettingsStore Store => new(db.DataSource);
    private RebucketJobs Jobs => new(db.DataSource);

    // Hand-checked: New York is three hours ahead of Los Angeles, so the 22:30 lead and the 22:00 deal move to the next day.
    private static readonly List<(string, long, long)> LosAngelesDays = [("2026-06-09", 1L, 0L), ("2026-06-10", 2L, 1L)];
    private static readonly List<(string, long, long)> NewYorkDays = [("2026-06-10", 3L, 0L), ("2026-06-11", 0L, 1L)];

    [Fact]
    public async Task TimeZoneChange_QueuedThenRun_OldNumbersUntilItCommits_ThenSameAsAFreshLoadInTheNewZone()
    {
        await NearMidnight("tz-moved").IngestAsync(db.DataSource);

        var saved = await Store.SaveLocationAsync("tz-moved", new LocationChange(TimeZone: "America/New_York"), "ana");

        Assert.True(saved.RebucketQueued);
        Assert.Equal(("America/Los_Angeles", RebucketStates.Queued, "America/New_York"),
            (saved.Saved!.TimeZone, saved.Saved.Rebucket!.State, saved.Saved.Rebucket.ToTimeZone));
        Assert.Equal(LosAngelesDays, await LeadsAndDealsByDay("tz-moved"));

        var seen = new List<(double Progress, string State, string Zone, List<(string, long, long)> Days)>();
        var ran = await Jobs.RunNextAsync(async (job, _) =>
        {
            var read = await Store.FindLocationAsync("tz-moved");
            seen.Add((job.Progress, read!.Rebucket!.State, read.TimeZone, await LeadsAndDealsByDay("tz-moved")));
        });

        Assert.Equal((RebucketStates.Done, 1.0), (ran!.State, ran.Progress));
        Assert.Equal(9, seen.Count);
        Assert.All(seen, s =>
        {
            Assert.Equal((RebucketStates.Running, "America/Los_Angeles"), (s.State, s.Zone));
            Assert.Equal(LosAngelesDays, s.Days);
        });
        Assert.Equal(seen.Select(s => s.Progress).Order(), seen.Select(s => s.Progress));
        Assert.InRange(seen[0].Progress, double.Epsilon, 0.99);
        Assert.Equal(NewYorkDays, await LeadsAndDealsByDay("tz-moved"));
        Assert.Equal("America/New_York", (await Store.FindLocationAsync("tz-moved"))!.TimeZone);
        Assert.Null(await Jobs.RunNextAsync());

        await Store.SaveLocationAsync("tz-fresh", new LocationChange(TimeZone: "America/New_York"), "ana");
        await NearMidnight("tz-fresh").IngestAsync(db.DataSource);
        var fresh = (await RollupSnapshot.ReadAsync(db.DataSource, "tz-fresh")).Select(r => r.Replace("tz-fresh", "tz-moved"));
        Assert.Equal(fresh.Order(), (await RollupSnapshot.ReadAsync(db.DataSource, "tz-moved")).Order());
    }

    [Fact]
    public async Task Move_InterruptedHalfway_LeavesNothingChanged_AndTheNextRunCompletesIt()
    {
        await NearMidnight("tz-stopped").IngestAsync(db.DataSource);
        var before = await RollupSnapshot.ReadAsync(db.DataSource, "tz-stopped");
        await Store.SaveLocationAsync("tz-stopped", new LocationChange(TimeZone: "America/New_York"), "ana");

        using var shutdown = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Jobs.RunNextAsync((job, _) =>
        {
            if (job.Progress > 0.3) shutdown.Cancel();
            return Task.CompletedTask;
        }, shutdown.Token));

        var interrupted = await Store.FindLocationAsync("tz-stopped");
        Assert.Equal(("America/Los_Angeles", RebucketStates.Running), (interrupted!.TimeZone, interrupted.Rebucket!.State));
        Assert.Equal(before.Order(), (await RollupSnapshot.ReadAsync(db.DataSource, "tz-stopped")).Order());

        var resumed = await Jobs.RunNextAsync();

        Assert.Equal((interrupted.Rebucket.JobId, RebucketStates.Done), (resumed!.JobId, resumed.State));
        Assert.Equal(NewYorkDays, await LeadsAndDealsByDay("tz-stopped"));
    }

    [Fact]
    public async Task Save_WhileTheLocationIsMoving_RefusedNamingTimeZone_NothingChanged()
    {
        await NearMidnight("tz-busy").IngestAsync(db.DataSource);
        await Store.SaveLocationAsync("tz-busy", new LocationChange(TimeZone: "America/New_York"), "ana");

        var again = await Store.SaveLocationAsync("tz-busy", new LocationChange(Name: "Busy office", TimeZone: "Asia/Kolkata"), "ana");
        await Jobs.RunNextAsync();
        var after = await Store.SaveLocationAsync("tz-busy", new LocationChange(Name: "Busy office"), "ana");

        Assert.Equal(SaveOutcome.Conflict, again.Outcome);
        Assert.Equal([SettingsFields.TimeZone], again.Errors.Keys);
        Assert.Contains("America/New_York", again.Errors[SettingsFields.TimeZone][0]);
        Assert.Equal(("Busy office", "America/New_York"), (after.Saved!.Name, after.Saved.TimeZone));
    }

    [Fact]
    public async Task Move_TheDatabaseRefuses_FailsVisibly_LocationKeepsItsZoneAndNumbers()
    {
        await NearMidnight("tz-refused").IngestAsync(db.DataSource);
        var before = await RollupSnapshot.ReadAsync(db.DataSource, "tz-refused");
        // A zone the database's tz data no longer knows (saves check it; an upgrade could remove one).
        await using (var conn = await db.DataSource.OpenConnectionAsync())
        {
            await conn.ExecuteAsync("""
                insert into rebucket_job (location_id, from_time_zone, to_time_zone, requested_by)
                values ('tz-refused', 'America/Los_Angeles', 'Atlantis/Lost', 'ana')
                """);
        }

        var ran = await Jobs.RunNextAsync();

        Assert.Equal(RebucketStates.Failed, ran!.State);
        Assert.Contains("Atlantis/Lost", ran.Error);
        var location = await Store.FindLocationAsync("tz-refused");
        Assert.Equal(("America/Los_Angeles", RebucketStates.Failed), (location!.TimeZone, location.Rebucket!.State));
        Assert.Equal(before.Order(), (await RollupSnapshot.ReadAsync(db.DataSource, "tz-refused")).Order());
        Assert.Null(await Jobs.RunNextAsync());
    }

    /// <summary>Leads, an interaction and a deal around midnight in Los Angeles, given as UTC instants.</summary>
    private static FixtureEvents NearMidnight(string location)
    {
        var f = new FixtureEvents(location);
        var a = f.Lead(Utc(2026, 6, 10, 5, 30));     // LA 06-09 22:30, NY 06-10 01:30
        f.Lead(Utc(2026, 6, 10, 8, 0));              // LA 06-10 01:00, NY 06-10 04:00
        f.Lead(Utc(2026, 6, 11, 3, 30));             // LA 06-10 20:30, NY 06-10 23:30
        f.Interaction(Utc(2026, 6, 10, 6, 59), lead: a, conversation: "conv-a");
        f.Qualified(Utc(2026, 6, 10, 7, 10), a);
        f.Closed(Utc(2026, 6, 11, 5, 0), 500_000m, lead: a);   // LA 06-10 22:00, NY 06-11 01:00
        return f;
    }

    private static DateTime Utc(int y, int m, int d, int h, int min) => new(y, m, d, h, min, 0, DateTimeKind.Utc);

    private async Task<List<(string Day, long Leads, long Deals)>> LeadsAndDealsByDay(string location)
    {
        await using var conn = await db.DataSource.OpenConnectionAsync();
        return (await conn.QueryAsync<(string, long, long)>(
            "select day::text, leads, deals_closed from rollup_kpi_daily where location_id = @location and (leads, deals_closed) <> (0, 0) order by day",
            new { location })).ToList();
    }
}
