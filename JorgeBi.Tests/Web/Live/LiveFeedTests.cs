using Bunit;
using JorgeBi.Core.Realtime;
using JorgeBi.Web.Components.Pages.Live;

namespace JorgeBi.Tests.Web.Live;

public sealed class LiveFeedTests : MudTestContext
{
    private static readonly TimeZoneInfo LosAngeles = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");

    [Fact]
    public void Render_Events_OneRowEachWithLocalTimes()
    {
        var at = new DateTimeOffset(2026, 6, 17, 17, 30, 5, TimeSpan.Zero);   // 10:30:05 PDT
        var cut = Render<LiveFeed>(p => p
            .Add(c => c.Zone, LosAngeles)
            .Add(c => c.Events, [
                new FeedEvent(Guid.NewGuid(), "bot.interaction", "lead-1", at, at.AddSeconds(2)),
                new FeedEvent(Guid.NewGuid(), "marketing.spend", null, at, at),
            ]));

        var rows = cut.FindAll("[data-testid='live-feed-row']");
        Assert.Equal(2, rows.Count);
        var cells = rows[0].QuerySelectorAll("td").Select(td => td.TextContent).ToList();
        Assert.Equal(["bot.interaction", "lead-1", "Jun 17, 10:30:05", "Jun 17, 10:30:07"], cells);
        Assert.Equal("–", rows[1].QuerySelectorAll("td")[1].TextContent);
    }

    [Fact]
    public void Render_NoEvents_SaysSo()
    {
        var cut = Render<LiveFeed>(p => p.Add(c => c.Zone, LosAngeles).Add(c => c.Events, []));

        Assert.Contains("No events yet", cut.Find("[data-testid='live-feed']").TextContent);
    }
}
