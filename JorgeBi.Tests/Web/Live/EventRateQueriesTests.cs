using JorgeBi.Data.Events;
using JorgeBi.Data.Live;

namespace JorgeBi.Tests.Web.Live;

public sealed class EventRateQueriesTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task PerMinute_LastHour_SixtyContiguousMinutes_CountingTheLocationsArrivals()
    {
        var mine = new JorgeBi.Tests.Revenue.RevenueEvents("rate-a");
        for (var i = 0; i < 3; i++) mine.Lead($"lead-{i}", "zillow", DateTimeOffset.UtcNow.AddDays(-i));
        var store = new AppliedEventStore(db.DataSource);
        await store.IngestAsync(mine.Events);
        await store.IngestAsync(new JorgeBi.Tests.Revenue.RevenueEvents("rate-b").Lead("lead-x", "zillow", DateTimeOffset.UtcNow).Events);
        var now = DateTimeOffset.UtcNow;

        var points = await new EventRateQueries(db.DataSource).PerMinuteAsync("rate-a", now, 60);

        Assert.Equal(60, points.Count);
        Assert.All(points.Zip(points.Skip(1)), p => Assert.Equal(TimeSpan.FromMinutes(1), p.Second.Minute - p.First.Minute));
        Assert.True(points[^1].Minute <= now && now - points[^1].Minute < TimeSpan.FromMinutes(1), "the last point is the current minute");
        // Counted by arrival: events that occurred days ago but arrived now are this hour's.
        Assert.Equal(3, points.Sum(p => p.Events));
    }

    [Fact]
    public async Task PerMinute_NothingArrived_AllZero()
    {
        var points = await new EventRateQueries(db.DataSource).PerMinuteAsync("rate-empty", DateTimeOffset.UtcNow, 60);

        Assert.Equal(60, points.Count);
        Assert.All(points, p => Assert.Equal(0, p.Events));
    }
}
