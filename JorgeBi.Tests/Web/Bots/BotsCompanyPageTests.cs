using System.Security.Claims;
using Bunit;
using JorgeBi.Core.Kpis;
using JorgeBi.Core.Bots;
using JorgeBi.Core.Live;
using JorgeBi.Tests.Web.Executive;
using JorgeBi.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using BotsPage = JorgeBi.Web.Components.Pages.Bots.Bots;

namespace JorgeBi.Tests.Web.Bots;

/// <summary>The bots page for all locations: two offices' hand-made bot traffic combined by the real Core services.</summary>
public sealed class BotsCompanyPageTests : MudTestContext
{
    private static readonly LocationInfo Boston = new("boston", "Boston", "America/New_York", 0.05m, 100_000m);

    // The default office: 90 of 100 successful, p95 300 ms. Boston: all 100, p95 60 ms.
    // Together 190 of 200; the 190th of the merged times (30 x 90, 60 x 100, 300 x 10) is 60 ms.
    private static readonly IReadOnlyDictionary<string, BotPerformanceAggregates> Traffic = new Dictionary<string, BotPerformanceAggregates>
    {
        [PageScene.Location.LocationId] = new([Seller(100, 90)], [new("jorge-seller", 30, 90), new("jorge-seller", 300, 10)]),
        [Boston.LocationId] = new([Seller(100, 100)], [new("jorge-seller", 60, 100)]),
    };

    public BotsCompanyPageTests()
    {
        var clock = new ManualClock(PageScene.Now);
        var locations = new FakeLocationSource(PageScene.Location, Boston);
        Services.AddSingleton<TimeProvider>(clock);
        Services.AddSingleton<ILocationSource>(locations);
        Services.AddSingleton(new LiveUpdates(clock));
        Services.AddSingleton(new BotPerformanceService(new ByLocation(), locations, clock));
        Services.AddSingleton(new BotTrendService(new DailyTrend()));
    }

    [Fact]
    public void AllLocations_MatrixAndHealthShowTheCombinedNumbers()
    {
        var cut = RenderPage("?location_id=all");

        Assert.StartsWith("95.0 %", Text(cut, "bot-success-jorge-seller"));
        Assert.Equal("60 / 50", Text(cut, "bot-p95-jorge-seller"));
        Assert.Equal("95.0 %", Text(cut, "kpi-bot_success_rate"));
        Assert.NotEmpty(cut.FindAll("[data-testid='chart-bot-trend']"));
    }

    [Fact]
    public void OneLocation_ShowsThatOfficeAlone()
    {
        var cut = RenderPage("?location_id=default");

        Assert.StartsWith("90.0 %", Text(cut, "bot-success-jorge-seller"));
        Assert.Equal("300 / 50", Text(cut, "bot-p95-jorge-seller"));
    }

    [Fact]
    public void NoLocationInTheAddress_CallerSeeingBothOffices_GetsAllLocations()
    {
        var cut = RenderPage("");

        Assert.StartsWith("95.0 %", Text(cut, "bot-success-jorge-seller"));
    }

    [Fact]
    public void AllLocations_ManagerOfOneOffice_CombinesOnlyThatOffice()
    {
        Authorization.SetAuthorized("boston-manager").SetClaims(new Claim(LocationAccess.ClaimType, "boston"));

        var cut = RenderPage("?location_id=all");

        Assert.StartsWith("100.0 %", Text(cut, "bot-success-jorge-seller"));
        Assert.Equal("60 / 50", Text(cut, "bot-p95-jorge-seller"));
    }

    private IRenderedComponent<BotsPage> RenderPage(string query)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/bots" + query);
        var cut = Render<BotsPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid='bot-matrix']")), TimeSpan.FromSeconds(15));
        return cut;
    }

    private static string Text(IRenderedComponent<BotsPage> cut, string testId) =>
        cut.Find($"[data-testid='{testId}']").ChildNodes.First().TextContent.Trim();

    private static BotTraffic Seller(long interactions, long successes) => new()
    {
        BotId = "jorge-seller", Name = "Seller", ResponseTargetMs = 50, SuccessTarget = 0.94m, Interactions = interactions, Successes = successes,
    };

    private sealed class ByLocation : IBotPerformanceSource
    {
        public Task<BotPerformanceAggregates> ReadAsync(LocationInfo location, Period period, CancellationToken ct = default) =>
            Task.FromResult(Traffic[location.LocationId]);
    }

    // Each office's traffic on the first day of its period, so the company trend has a point.
    private sealed class DailyTrend : IBotTrendSource
    {
        public Task<IReadOnlyList<BotTrendBucket>> ReadAsync(LocationInfo location, Period period, TrendGrain grain, CancellationToken ct = default)
        {
            var t = Traffic[location.LocationId];
            return Task.FromResult<IReadOnlyList<BotTrendBucket>>(
                [new BotTrendBucket("jorge-seller", period.Start, t.Bots[0].Interactions, t.Bots[0].Successes, t.Latency)]);
        }
    }
}
