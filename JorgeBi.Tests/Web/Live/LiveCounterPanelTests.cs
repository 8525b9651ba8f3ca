using Bunit;
using JorgeBi.Core.Live;
using JorgeBi.Web.Components.Pages.Live;

namespace JorgeBi.Tests.Web.Live;

public sealed class LiveCounterPanelTests : MudTestContext
{
    [Fact]
    public void Render_Counters_ShowsEachValueFormattedUnderItsTestId()
    {
        var cut = Render<LiveCounterPanel>(p => p
            .Add(c => c.Title, "Today so far")
            .Add(c => c.Prefix, "today")
            .Add(c => c.Counters, new LiveCounters(1234, 56, 0.9512, 42.5, 3, 1)));

        Assert.Equal("1,234", Value(cut, "today-leads"));
        Assert.Equal("56", Value(cut, "today-interactions"));
        Assert.Equal("95.1 %", Value(cut, "today-success_rate"));
        Assert.Equal("42.5 ms", Value(cut, "today-p95_ms"));
        Assert.Equal("3", Value(cut, "today-appointments"));
        Assert.Equal("1", Value(cut, "today-deals"));
        Assert.Contains("Today so far", cut.Find("h2").TextContent);
    }

    [Fact]
    public void Render_NoInteractions_ShowsDashesForRateAndLatency()
    {
        var cut = Render<LiveCounterPanel>(p => p
            .Add(c => c.Title, "Last 5 minutes")
            .Add(c => c.Prefix, "recent")
            .Add(c => c.Counters, new LiveCounters(0, 0, null, null, 0, 0)));

        Assert.Equal("–", Value(cut, "recent-success_rate"));
        Assert.Equal("–", Value(cut, "recent-p95_ms"));
        Assert.Equal("0", Value(cut, "recent-leads"));
    }

    private static string Value(IRenderedComponent<LiveCounterPanel> cut, string name) =>
        cut.Find($"[data-testid='live-{name}']").TextContent.Trim();
}
