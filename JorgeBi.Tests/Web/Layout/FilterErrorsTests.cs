using Bunit;
using JorgeBi.Web.Answers;
using JorgeBi.Web.Components.Layout;
using JorgeBi.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Tests.Web.Layout;

public sealed class FilterErrorsTests : MudTestContext
{
    private IRenderedComponent<FilterErrors> RenderAt(string url)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(url);
        return Render<FilterErrors>();
    }

    /// <summary>What the API answers in its 400 for the same query parameters.</summary>
    private static IDictionary<string, string[]> ApiErrors(string? timeframe, string? from, string? to)
    {
        var errors = new QueryErrors();
        BiScopeResolver.ReadPeriod(errors, timeframe, from, to);
        return errors.ToDictionary();
    }

    [Fact]
    public void BadFromDate_ShowsTheApiMessage_AndTheDefaultPeriodShownInstead()
    {
        var cut = RenderAt("/?from=2026-02-30&to=2026-03-10");

        var expected = ApiErrors(null, "2026-02-30", "2026-03-10");
        Assert.Equal(["from"], expected.Keys);
        Assert.Equal($"from: {expected["from"][0]}", cut.Find("[data-testid='filter-error-from']").TextContent.Trim());
        Assert.Contains("showing Last 30 days instead", cut.Find("[data-testid='filter-errors']").TextContent);
        var filters = Services.GetRequiredService<DashboardFilters>();
        Assert.False(filters.IsCustomRange);
    }

    [Fact]
    public void RangeBackwards_AndUnknownTimeframe_ListsEveryBadField()
    {
        var cut = RenderAt("/?timeframe=2w&from=2026-03-10&to=2026-03-01");

        var expected = ApiErrors("2w", "2026-03-10", "2026-03-01");
        Assert.Equal($"from: {expected["from"][0]}", cut.Find("[data-testid='filter-error-from']").TextContent.Trim());
        Assert.Equal($"timeframe: {expected["timeframe"][0]}", cut.Find("[data-testid='filter-error-timeframe']").TextContent.Trim());
    }

    [Fact]
    public void OnlyFrom_SaysToIsMissing()
    {
        var cut = RenderAt("/?from=2026-03-01");

        Assert.Equal("to: Give both from and to, or neither.", cut.Find("[data-testid='filter-error-to']").TextContent.Trim());
    }

    [Fact]
    public void ValidRange_ShowsNothing_AndIsApplied()
    {
        var cut = RenderAt("/?from=2026-03-01&to=2026-03-10");

        Assert.Empty(cut.FindAll("[data-testid='filter-errors']"));
        Assert.Equal((new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 10)),
            (Services.GetRequiredService<DashboardFilters>().From, Services.GetRequiredService<DashboardFilters>().To));
    }

    [Fact]
    public void FixedUrl_ClearsTheMessage()
    {
        var cut = RenderAt("/?from=nope&to=2026-03-10");

        Services.GetRequiredService<NavigationManager>().NavigateTo("/?from=2026-03-01&to=2026-03-10");

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid='filter-errors']")));
    }
}
