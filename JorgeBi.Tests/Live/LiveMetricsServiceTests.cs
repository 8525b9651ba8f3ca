using Dapper;
using JorgeBi.Core.Live;
using JorgeBi.Data.Aggregation;
using JorgeBi.Data.Kpis;
using JorgeBi.Data.Live;

namespace JorgeBi.Tests.Live;

/// <summary>
/// Live counters against a manual clock at 2026-06-17 10:30 in Los Angeles: the last five
/// minutes are (10:25, 10:30], active conversations those of (10:00, 10:30].
/// </summary>
public sealed class LiveMetricsServiceTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    private static readonly DateTime Now = new(2026, 6, 17, 10, 30, 0);

    [Fact]
    public async Task LiveMetrics_TodayAndLastFiveMinutes_CountTheirOwnEvents()
    {
        var clock = ManualClock.AtLosAngeles(Now);
        await SeedAsync("live-counts", clock.Now);

        var m = (await Service(clock).GetAsync("live-counts"))!;

        // Today: 4 leads; 7 interactions, 5 successful; ms 5, 6, 7, 10, 10, 50, 100 -> p95 rank 7 = 100.
        Assert.Equal(new LiveCounters(4, 7, 5.0 / 7, 100, 1, 1), m.Today);
        // (10:25, 10:30]: the interaction at 10:25 sharp is out; ms 5, 6, 7, 100 -> rank 4 = 100.
        Assert.Equal(new LiveCounters(1, 4, 0.75, 100, 1, 1), m.Last5Minutes);
        Assert.Equal(3, m.ActiveConversations);                 // c1, c2 (10:28) and c3 (10:25); c4 at 9:00 is idle
        Assert.Equal(8 / 5.0, m.EventsPerMinute);               // 8 arrivals a minute ago, the rest 10 minutes ago
        Assert.Equal(clock.Now.AddMinutes(-1), m.LastEventAt);
        Assert.Equal(clock.Now, m.GeneratedAt);
    }

    [Fact]
    public async Task LiveMetrics_TenMinutesLater_LastFiveMinutesAreEmpty()
    {
        var clock = ManualClock.AtLosAngeles(Now);
        await SeedAsync("live-quiet", clock.Now);
        clock.Advance(TimeSpan.FromMinutes(10));

        var m = (await Service(clock).GetAsync("live-quiet"))!;

        Assert.Equal(new LiveCounters(0, 0, null, null, 0, 0), m.Last5Minutes);
        Assert.Equal(4, m.Today.Leads);
        Assert.Equal(3, m.ActiveConversations);                 // (10:10, 10:40]: c3 at 10:25, c1 and c2 at 10:28
        Assert.Equal(0, m.EventsPerMinute);
    }

    [Fact]
    public async Task LiveMetrics_UnknownLocation_ReturnsNull() =>
        Assert.Null(await Service(ManualClock.AtLosAngeles(Now)).GetAsync("nowhere"));

    private LiveMetricsService Service(TimeProvider clock) =>
        new(new TrendQueries(db.DataSource), new LiveQueries(db.DataSource), new LocationQueries(db.DataSource),
            new LogPositionQueries(db.DataSource), clock);

    private async Task SeedAsync(string location, DateTimeOffset now)
    {
        var f = new FixtureEvents(location);
        f.Lead(new(2026, 6, 16, 23, 0, 0));                      // yesterday
        for (var i = 0; i < 3; i++) f.Lead(new(2026, 6, 17, 8, i, 0));
        f.Interaction(new(2026, 6, 17, 9, 0, 0), ms: 10, conversation: "c4");
        f.Interaction(new(2026, 6, 17, 9, 0, 0), ms: 50, success: false, conversation: "c4");
        f.Interaction(new(2026, 6, 17, 10, 25, 0), ms: 10, conversation: "c3");
        var recent = f.Events.Count;
        f.Lead(new(2026, 6, 17, 10, 27, 0));
        f.Interaction(new(2026, 6, 17, 10, 28, 0), ms: 5, conversation: "c1");
        f.Interaction(new(2026, 6, 17, 10, 28, 0), ms: 6, conversation: "c1");
        f.Interaction(new(2026, 6, 17, 10, 28, 0), ms: 7, conversation: "c2");
        f.Interaction(new(2026, 6, 17, 10, 28, 0), ms: 100, success: false, conversation: "c2");
        f.Appointment(new(2026, 6, 17, 10, 29, 0));
        f.Closed(new(2026, 6, 17, 10, 26, 0), 500_000m);
        await f.IngestAsync(db.DataSource);

        // Arrival times are the database's clock; pin them relative to the manual one.
        await using var conn = await db.DataSource.OpenConnectionAsync();
        await conn.ExecuteAsync("update event set received_at = @at where location_id = @location",
            new { at = now.AddMinutes(-10).UtcDateTime, location });
        var arrivedLately = f.Events.Skip(recent - 1).Select(e => e.Id).ToArray();   // from the 10:25 interaction on
        await conn.ExecuteAsync("update event set received_at = @at where event_id = any(@ids)",
            new { at = now.AddMinutes(-1).UtcDateTime, ids = arrivedLately });
    }
}
