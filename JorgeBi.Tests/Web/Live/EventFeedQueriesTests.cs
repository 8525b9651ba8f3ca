using JorgeBi.Data.Events;
using JorgeBi.Data.Live;

namespace JorgeBi.Tests.Web.Live;

public sealed class EventFeedQueriesTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Latest_ReturnsTheLocationsLastArrivalsNewestFirst()
    {
        var now = DateTimeOffset.UtcNow;
        var mine = new JorgeBi.Tests.Revenue.RevenueEvents("feed-a");
        for (var i = 0; i < 5; i++) mine.Lead($"lead-{i}", "zillow", now.AddMinutes(-i));
        var other = new JorgeBi.Tests.Revenue.RevenueEvents("feed-b").Lead("lead-x", "zillow", now);
        var store = new AppliedEventStore(db.DataSource);
        await store.IngestAsync(mine.Events.Take(3).ToList());
        await store.IngestAsync(other.Events);
        await store.IngestAsync(mine.Events.Skip(3).ToList());

        var feed = await new EventFeedQueries(db.DataSource).LatestAsync("feed-a", limit: 4);

        Assert.Equal(4, feed.Count);
        Assert.All(feed, e => Assert.Equal("lead.created", e.Type));
        Assert.DoesNotContain(feed, e => e.LeadId == "lead-x");
        // The second batch arrived last, so its events come first.
        Assert.Equal(["lead-3", "lead-4"], feed.Take(2).Select(e => e.LeadId!).Order());
        Assert.True(feed[0].ReceivedAt >= feed[^1].ReceivedAt);
    }
}
