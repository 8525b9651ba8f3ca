using System.Security.Claims;
using Bunit;
using ExecutivePage = JorgeBi.Web.Components.Pages.Executive.Executive;
using JorgeBi.Core.Company;
using JorgeBi.Core.Executive;
using JorgeBi.Core.Funnel;
using JorgeBi.Core.Insights;
using JorgeBi.Core.Kpis;
using JorgeBi.Core.Live;
using JorgeBi.Web.Answers;
using JorgeBi.Web.Components.Shared;
using JorgeBi.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Tests.Web.Executive;

/// <summary>The executive page for all locations: two offices' hand-made aggregates combined by the real Core services.</summary>
public sealed class ExecutiveCompanyPageTests : MudTestContext
{
    private static readonly LocationInfo Rancho = PageScene.Location with { Name = "Rancho" };
    private static readonly LocationInfo Boston = new("boston", "Boston", "America/New_York", 0.05m, 100_000m);
    private static readonly ManualClock Clock = new(PageScene.Now);

    private static readonly KpiAggregates RanchoNow = new()
    {
        TotalLeads = 100, DealsClosed = 5, Revenue = 2_000_000m, Commission = 120_000m, Interactions = 100, Successes = 90,
        Latency = [new("jorge-seller", 30, 95), new("jorge-seller", 300, 5)],
    };

    private static readonly KpiAggregates BostonNow = new()
    {
        TotalLeads = 300, DealsClosed = 3, Revenue = 1_000_000m, Commission = 50_000m, Interactions = 900, Successes = 890,
        Latency = [new("jorge-buyer", 40, 900)],
    };

    public ExecutiveCompanyPageTests()
    {
        var locations = new TwoLocations(Rancho, Boston);
        var kpis = new ByLocation(new Dictionary<string, KpiAggregates> { [Rancho.LocationId] = RanchoNow, [Boston.LocationId] = BostonNow });
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddSingleton(new LiveUpdates(Clock));
        Services.AddSingleton<ILocationSource>(locations);
        var executive = new ExecutiveKpiService(kpis, new FakeTrendSource([]), locations, Clock);
        Services.AddSingleton(executive);
        Services.AddSingleton(new CompanyKpiService(executive, new FakeSpeedToLead()));
        Services.AddSingleton(new FunnelService(new FakeFunnelSource(new FunnelCounts(), new DealStagesEntered()), kpis));
        Services.AddSingleton(new InsightService(new FakeInsightSource([]), kpis, locations, Clock));
        Services.AddScoped<DashboardFilters>();
    }

    [Fact]
    public void AllLocations_CardsShowTheCombinedNumbers()
    {
        var cut = RenderPage("?location_id=all");

        Assert.Equal("400", Text(cut, "kpi-total_leads"));
        // 8 deals of 400 leads; 980 of 1,000 interactions.
        Assert.Equal("2.0 %", Text(cut, "kpi-conversion_rate"));
        Assert.Equal("98.0 %", Text(cut, "kpi-bot_success_rate"));
        Assert.Equal("$170,000", Text(cut, "kpi-jorge_commission"));
    }

    [Fact]
    public void AllLocations_ShowsTheLocationComparisonLinkingToEachOffice()
    {
        var cut = RenderPage("?location_id=all&timeframe=7d");

        var table = cut.Find("[data-testid='location-comparison']");
        Assert.Equal("/?location_id=boston&timeframe=7d", table.QuerySelector("[data-testid='location-row-boston'] a")!.GetAttribute("href"));
        Assert.Equal("/?location_id=default&timeframe=7d", table.QuerySelector("[data-testid='location-row-default'] a")!.GetAttribute("href"));
        Assert.Equal("300", table.QuerySelector("[data-testid='location-boston-total_leads']")!.TextContent.Trim());
        Assert.Equal("90.0 %", table.QuerySelector("[data-testid='location-default-bot_success_rate']")!.TextContent.Trim());
    }

    [Fact]
    public void OneLocation_HasNoComparison()
    {
        var cut = RenderPage("?location_id=boston");

        Assert.Equal("300", Text(cut, "kpi-total_leads"));
        Assert.Empty(cut.FindAll("[data-testid='location-comparison']"));
    }

    [Fact]
    public void NoLocationInTheAddress_CallerSeeingBothOffices_GetsAllLocations()
    {
        var cut = RenderPage("");

        Assert.Equal("400", Text(cut, "kpi-total_leads"));
        Assert.NotNull(cut.Find("[data-testid='location-row-boston']"));
        Assert.NotNull(cut.Find("[data-testid='location-row-default']"));
    }

    [Fact]
    public void NoLocationInTheAddress_ManagerOfOneOffice_GetsThatOffice()
    {
        Authorization.SetAuthorized("boston-manager").SetClaims(new Claim(LocationAccess.ClaimType, "boston"));

        var cut = RenderPage("");

        Assert.Equal("300", Text(cut, "kpi-total_leads"));
        Assert.Empty(cut.FindAll("[data-testid='location-comparison']"));
    }

    [Fact]
    public void AllLocations_ManagerOfOneOffice_CombinesAndListsOnlyThatOffice()
    {
        Authorization.SetAuthorized("boston-manager").SetClaims(new Claim(LocationAccess.ClaimType, "boston"));

        var cut = RenderPage("?location_id=all");

        Assert.Equal("300", Text(cut, "kpi-total_leads"));
        Assert.Equal(["location-row-boston"], cut.FindAll("[data-testid^='location-row-']").Select(r => r.GetAttribute("data-testid")));
    }

    private IRenderedComponent<ExecutivePage> RenderPage(string query)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/" + query);
        var cut = Render<ExecutivePage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid='kpi-total_leads']")));
        return cut;
    }

    private static string Text(IRenderedComponent<ExecutivePage> cut, string testId) => cut.Find($"[data-testid='{testId}']").TextContent.Trim();

    private sealed class ByLocation(IReadOnlyDictionary<string, KpiAggregates> now) : IKpiSource
    {
        public Task<KpiAggregates> ReadAsync(LocationInfo location, Period period, CancellationToken ct = default) =>
            Task.FromResult(now.GetValueOrDefault(location.LocationId) ?? new KpiAggregates());
    }

    private sealed class TwoLocations(params LocationInfo[] all) : ILocationSource
    {
        public Task<LocationInfo?> FindAsync(string locationId, CancellationToken ct = default) =>
            Task.FromResult(all.FirstOrDefault(l => l.LocationId == locationId));

        public Task<IReadOnlyList<LocationInfo>> ListAsync(CancellationToken ct = default) => Task.FromResult<IReadOnlyList<LocationInfo>>(all);
    }
}
