using Bunit;
using JorgeBi.Core.Live;
using JorgeBi.Web.Components.Pages.Live;
using JorgeBi.Web.Components.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace JorgeBi.Tests.Web.Live;

public sealed class LiveFeedTests : MudTestContext
{
    private static readonly TimeZoneInfo LosAngeles = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
    private static readonly DateTimeOffset Now = new(2026, 6, 17, 17, 30, 5, TimeSpan.Zero);   // 10:30:05 PDT
    private readonly FakeTimeProvider _clock = new(Now);

    public LiveFeedTests() => Services.AddSingleton<TimeProvider>(_clock);

    private IRenderedComponent<LiveFeed> RenderFeed(params FeedEvent[] events) =>
        Render<LiveFeed>(p => p.Add(c => c.Zone, LosAngeles).Add(c => c.Events, events));

    private static IReadOnlyList<string> Cells(AngleSharp.Dom.IElement row) =>
        [.. row.QuerySelectorAll("td").Select(td => td.TextContent.Trim())];

    [Fact]
    public void Render_Events_OneRowEach_WithRelativeTimes_AndExactTimesOnHover()
    {
        var cut = RenderFeed(
            new FeedEvent(Guid.NewGuid(), "bot.interaction", "lead-1", Now.AddSeconds(-42), Now.AddSeconds(-40), "default"),
            new FeedEvent(Guid.NewGuid(), "marketing.spend", null, Now.AddMinutes(-7), Now.AddMinutes(-7), "default"));

        var rows = cut.FindAll("[data-testid='live-feed-row']");
        Assert.Equal(2, rows.Count);
        Assert.Equal(["bot.interaction", "lead-1", "42 s ago"], Cells(rows[0]));
        Assert.Equal("Occurred Jun 17, 10:29:23, received Jun 17, 10:29:25", rows[0].QuerySelector("td[title]")!.GetAttribute("title"));
        Assert.Equal(["marketing.spend", "–", "7 min ago"], Cells(rows[1]));
    }

    [Fact]
    public void Render_SeveralOffices_EachRowNamesItsOffice_AndTellsTimesByItsClock()
    {
        var offices = new Dictionary<string, JorgeBi.Core.Kpis.LocationInfo>
        {
            ["la"] = new("la", "Los Angeles", "America/Los_Angeles", 0.06m, 150_000m),
            ["ny"] = new("ny", "New York", "America/New_York", 0.05m, 100_000m),
        };
        var cut = Render<LiveFeed>(p => p.Add(c => c.Zone, LosAngeles).Add(c => c.Offices, offices).Add(c => c.Events, [
            new FeedEvent(Guid.NewGuid(), "lead.created", "lead-ny", Now.AddSeconds(-10), Now.AddSeconds(-10), "ny"),
            new FeedEvent(Guid.NewGuid(), "lead.created", "lead-la", Now.AddSeconds(-20), Now.AddSeconds(-20), "la")]));

        var rows = cut.FindAll("[data-testid='live-feed-row']");
        Assert.Equal(["Office", "Event", "Lead", "When"], cut.FindAll("th").Select(th => th.TextContent.Trim()));
        Assert.Equal(["New York", "lead.created", "lead-ny", "10 s ago"], Cells(rows[0]));
        Assert.Equal("Occurred Jun 17, 13:29:55, received Jun 17, 13:29:55", rows[0].QuerySelector("td[title]")!.GetAttribute("title"));
        Assert.Equal(["Los Angeles", "lead.created", "lead-la", "20 s ago"], Cells(rows[1]));
    }

    [Fact]
    public void Render_LateArrival_SaysWhenItArrived()
    {
        var cut = RenderFeed(new FeedEvent(Guid.NewGuid(), "lead.created", "lead-9", Now.AddHours(-3), Now.AddSeconds(-10), "default"));

        Assert.Equal("3 h ago · arrived 10 s ago", Cells(cut.Find("[data-testid='live-feed-row']"))[2]);
    }

    [Fact]
    public void Render_ManyEvents_ShowsTheNewest20()
    {
        var events = Enumerable.Range(0, 50).Select(i => new FeedEvent(Guid.NewGuid(), "lead.created", $"lead-{i}", Now.AddSeconds(-i), Now.AddSeconds(-i), "default")).ToArray();

        var rows = RenderFeed(events).FindAll("[data-testid='live-feed-row']");

        Assert.Equal(LiveFeed.MaxRows, rows.Count);
        Assert.Equal(20, rows.Count);
        Assert.Equal("lead-0", Cells(rows[0])[1]);
    }

    [Fact]
    public void RelativeTimes_AgeWhileNothingArrives()
    {
        var cut = RenderFeed(new FeedEvent(Guid.NewGuid(), "lead.created", "lead-1", Now, Now, "default"));
        Assert.Equal("just now", Cells(cut.Find("[data-testid='live-feed-row']"))[2]);

        _clock.Advance(TimeSpan.FromSeconds(5));
        _clock.Advance(TimeSpan.FromSeconds(5));
        _clock.Advance(TimeSpan.FromSeconds(5));

        cut.WaitForAssertion(() => Assert.Equal("15 s ago", Cells(cut.Find("[data-testid='live-feed-row']"))[2]));
    }

    [Fact]
    public void Render_NoEvents_SaysSo()
    {
        var cut = RenderFeed();

        Assert.Contains("No events yet", cut.Find("[data-testid='live-feed']").TextContent);
    }

    [Theory]
    [InlineData(2, "just now")]
    [InlineData(59, "59 s ago")]
    [InlineData(60, "1 min ago")]
    [InlineData(3599, "59 min ago")]
    [InlineData(7200, "2 h ago")]
    [InlineData(90000, "1 d ago")]
    public void Ago_ReadsLikeAPerson(int seconds, string expected) =>
        Assert.Equal(expected, Formats.Ago(Now.AddSeconds(-seconds), Now));
}
