using Dapper;
using JorgeBi.Core.Company;
using JorgeBi.Core.Live;
using JorgeBi.Data.Aggregation;
using JorgeBi.Data.Kpis;
using JorgeBi.Data.Live;

namespace JorgeBi.Tests.Company;

/// <summary>
/// The live counters of <see cref="TwoZoneCompany"/> together, at its "now" (22:30 on Jun 30 in
/// Los Angeles, 01:30 on Jul 1 in New York), with the last minutes added on real PostgreSQL:
/// Los Angeles gets lead la-now at 22:27 and a 30 ms interaction at 22:28 in conversation c-1;
/// New York a 40 ms failure and a 5 ms success at 01:29, also in a conversation c-1, and an
/// appointment at 01:26. Every event arrived 10 minutes ago but these: Los Angeles' a minute ago,
/// New York's two minutes ago.
/// </summary>
public sealed class CompanyLiveMetricsTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    private static readonly ManualClock Clock = new(TwoZoneCompany.Now);

    [Fact]
    public async Task LiveMetrics_TwoZones_TodayIsEachOfficesOwnDay_LastMinutesAreAllOfficesTogether()
    {
        var f = await SeedAsync("rt-sum");

        var m = await Service().GetAsync([f.LosAngeles, f.NewYork]);

        // Today: Los Angeles' Jun 30 (la-3, la-now; 10 and 30 ms; the 500,000 deal) and New York's
        // Jul 1 (ny-1; 20, 40 failed and 5 ms; the appointment; the 200,000 deal). p95 of the five
        // times 5, 10, 20, 30, 40 together is the 5th: 40 ms.
        Assert.Equal(new LiveCounters(3, 5, 0.8, 40, 1, 2), m.Today);
        // (22:25, 22:30] in Los Angeles is (01:25, 01:30] in New York: 2 of 3 succeeded; the 3rd of
        // 5, 30 and 40 ms is 40, not the mean of the offices' own p95s (30 and 40).
        Assert.Equal(new LiveCounters(1, 3, 2.0 / 3, 40, 1, 0), m.Last5Minutes);
        // la-3's conversation and the two offices' c-1, which are two conversations, not one.
        Assert.Equal(3, m.ActiveConversations);
        Assert.Equal(5 / 5.0, m.EventsPerMinute);
        Assert.Equal(TwoZoneCompany.Now.AddMinutes(-1), m.LastEventAt);
        Assert.Equal(TwoZoneCompany.Now, m.GeneratedAt);
    }

    [Fact]
    public async Task LiveMetrics_OneOfficeAsAList_EqualsItsOwnAnswer()
    {
        var f = await SeedAsync("rt-one");

        var own = (await Service().GetAsync(f.NewYork.LocationId))!;
        var listed = await Service().GetAsync([f.NewYork]);

        Assert.Equal(new LiveCounters(1, 3, 2.0 / 3, 40, 1, 1), own.Today);
        Assert.Equal(own with { DataAsOf = null }, listed with { DataAsOf = null });
    }

    [Fact]
    public async Task Activity_TwoOffices_FeedMergedNewestFirstNamingEachOffice_RatesAddedUpByMinute()
    {
        var f = await SeedAsync("rt-feed");
        var members = new[] { f.LosAngeles, f.NewYork };

        var feed = await CompanyActivity.LatestAsync(new EventFeedQueries(db.DataSource), members, 5);
        var rate = await CompanyActivity.PerMinuteAsync(new EventRateQueries(db.DataSource), members, TwoZoneCompany.Now, 5);

        Assert.Equal([f.LosAngeles.LocationId, f.LosAngeles.LocationId, f.NewYork.LocationId, f.NewYork.LocationId, f.NewYork.LocationId],
            feed.Select(e => e.LocationId));
        Assert.Equal(["bot.interaction", "lead.created"], feed.Take(2).Select(e => e.Type).Order());
        // 05:26 to 05:30 UTC: New York's three arrivals at 05:28, Los Angeles' two at 05:29.
        Assert.Equal([0L, 0, 3, 2, 0], rate.Select(p => p.Events));
        Assert.Equal(TwoZoneCompany.Now.AddMinutes(-4), rate[0].Minute);
    }

    private LiveMetricsService Service() =>
        new(new TrendQueries(db.DataSource), new LiveQueries(db.DataSource), new LocationQueries(db.DataSource),
            new LogPositionQueries(db.DataSource), Clock);

    private async Task<TwoZoneCompany> SeedAsync(string prefix)
    {
        var f = new TwoZoneCompany(prefix);
        await f.SeedAsync(db.DataSource);
        var la = new FixtureEvents(f.LosAngeles.LocationId, f.LosAngeles.TimeZone);
        la.Lead(new(2026, 6, 30, 22, 27, 0), id: "la-now");
        la.Interaction(new(2026, 6, 30, 22, 28, 0), ms: 30, conversation: "c-1", lead: "la-now");
        await la.IngestAsync(db.DataSource);
        var ny = new FixtureEvents(f.NewYork.LocationId, f.NewYork.TimeZone);
        ny.Interaction(new(2026, 7, 1, 1, 29, 0), bot: "intent-decoder", ms: 40, success: false, conversation: "c-1");
        ny.Interaction(new(2026, 7, 1, 1, 29, 0), bot: "intent-decoder", ms: 5, conversation: "c-1");
        ny.Appointment(new(2026, 7, 1, 1, 26, 0));
        await ny.IngestAsync(db.DataSource);

        // Arrival times are the database's clock; pin them relative to the manual one.
        await using var conn = await db.DataSource.OpenConnectionAsync();
        await conn.ExecuteAsync("update event set received_at = @at where location_id = any(@locations)",
            new { at = TwoZoneCompany.Now.AddMinutes(-10).UtcDateTime, locations = new[] { f.LosAngeles.LocationId, f.NewYork.LocationId } });
        await conn.ExecuteAsync("update event set received_at = @at where event_id = any(@ids)",
            new { at = TwoZoneCompany.Now.AddMinutes(-1).UtcDateTime, ids = la.Events.Select(e => e.Id).ToArray() });
        await conn.ExecuteAsync("update event set received_at = @at where event_id = any(@ids)",
            new { at = TwoZoneCompany.Now.AddMinutes(-2).UtcDateTime, ids = ny.Events.Select(e => e.Id).ToArray() });
        return f;
    }
}
