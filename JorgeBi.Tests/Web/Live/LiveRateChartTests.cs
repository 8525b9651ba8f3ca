using Bunit;
using JorgeBi.Core.Live;
using JorgeBi.Web.Components.Charts;
using JorgeBi.Web.Components.Pages.Live;

namespace JorgeBi.Tests.Web.Live;

public sealed class LiveRateChartTests : MudTestContext
{
    private static readonly TimeZoneInfo LosAngeles = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
    private static readonly DateTimeOffset Minute = new(2026, 6, 17, 17, 30, 0, TimeSpan.Zero);   // 10:30 PDT

    [Fact]
    public void Chart_OnePointPerMinute_AtTheLocationsClock_OnAnAxisFromZero()
    {
        IReadOnlyList<EventRatePoint> points = [new(Minute.AddMinutes(-1), 4), new(Minute, 7)];

        var cut = Render<LiveRateChart>(p => p.Add(c => c.Points, points).Add(c => c.Zone, LosAngeles));

        Assert.Equal("11", cut.Find("[data-testid='live-rate']").GetAttribute("data-events-last-hour"));
        var options = cut.FindComponent<ApexChart>().Instance.Options;
        var data = options.Series!.Single().Data;
        Assert.Equal([4.0, 7.0], data.Select(p => p.Y!.Value));
        Assert.Equal(new DateTimeOffset(2026, 6, 17, 10, 30, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(), data[1].X);
        Assert.Equal(0, options.YAxis!.Min);
        Assert.Equal(ApexCurve.Straight, options.Stroke!.Curve);
    }

    [Fact]
    public void Chart_NewPoints_ChangeTheDrawnSeries()
    {
        IReadOnlyList<EventRatePoint> before = [new(Minute, 7)];
        var cut = Render<LiveRateChart>(p => p.Add(c => c.Points, before).Add(c => c.Zone, LosAngeles));

        cut.Render(p => p.Add(c => c.Points, [new(Minute, 8)]));

        Assert.Equal(8.0, cut.FindComponent<ApexChart>().Instance.Options.Series!.Single().Data.Single().Y);
    }
}
