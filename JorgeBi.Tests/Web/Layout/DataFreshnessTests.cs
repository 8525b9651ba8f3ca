using Bunit;
using JorgeBi.Data.ChangeFeed;
using JorgeBi.Web.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace JorgeBi.Tests.Web.Layout;

public sealed class DataFreshnessTests : MudTestContext
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 18, 0, 0, TimeSpan.Zero));
    private readonly ChangeFeedState _feed = new() { Listening = true };

    public DataFreshnessTests()
    {
        Services.AddSingleton<TimeProvider>(_clock);
        Services.AddSingleton(_feed);
    }

    private IRenderedComponent<DataFreshness> RenderNumbers() =>
        Render<DataFreshness>(p => p.AddChildContent((RenderFragment)(b => b.AddMarkupContent(0, "<span class=\"kpi\">$12,600</span>"))));

    private void Tick(int seconds)
    {
        for (var i = 0; i < seconds; i++) _clock.Advance(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void DatabaseLost_KeepsTheNumbers_MarkedStale_UnderABanner()
    {
        var cut = RenderNumbers();

        _feed.Listening = false;
        Tick(3);

        cut.WaitForAssertion(() => Assert.Contains("Data temporarily unavailable", cut.Find("[data-testid='stale-banner']").TextContent));
        Assert.Equal("true", cut.Find("[data-stale]").GetAttribute("data-stale"));
        Assert.Contains("stale-data", cut.Find("[data-stale]").ClassName);
        Assert.Equal("$12,600", cut.Find(".kpi").TextContent);
    }

    [Fact]
    public void DatabaseBack_RemovesBannerAndStaleMark()
    {
        var cut = RenderNumbers();
        _feed.Listening = false;
        Tick(3);
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid='stale-banner']")));

        _feed.Listening = true;
        Tick(1);

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid='stale-banner']")));
        Assert.Equal("false", cut.Find("[data-stale]").GetAttribute("data-stale"));
    }

    [Fact]
    public void ListenerReconnectingBriefly_ShowsNoBanner()
    {
        var cut = RenderNumbers();

        _feed.Listening = false;
        Tick(1);
        _feed.Listening = true;
        Tick(2);

        Assert.Empty(cut.FindAll("[data-testid='stale-banner']"));
        Assert.Equal("false", cut.Find("[data-stale]").GetAttribute("data-stale"));
    }
}
