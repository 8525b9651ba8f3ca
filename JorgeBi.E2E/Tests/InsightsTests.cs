using Deque.AxeCore.Playwright;

namespace JorgeBi.E2E.Tests;

public sealed class InsightsTests(AppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(app, browser, output)
{
    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Insights_RendersTableAndOneChartPerMetric(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new InsightsPage(p));
        await using var _ = session;
        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync(page.Name)}");

        await Expect(page.Heading).ToBeVisibleAsync();
        await Expect(page.Charts.Locator("svg.apexcharts-svg")).ToHaveCountAsync(4);
        Output.WriteLine($"anomaly rows: {await page.AnomalyTable.Locator("tbody tr").CountAsync()}, insights: {await page.Page.Locator("[data-testid^='insight-'][data-testid$='0']").CountAsync()}");
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Insights_SwitchingTo30Days_ReloadsTheCharts(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new InsightsPage(p));
        await using var _ = session;

        await page.Window.GetByText("Last 30 days").ClickAsync();
        await Expect(page.Charts.Locator(".apex-chart")).ToHaveCountAsync(4);
        await ChartDrawing.DrawAllAsync(page.Page);

        await Expect(page.Charts.Locator("svg.apexcharts-svg")).ToHaveCountAsync(4);
        await Expect(page.AnomalyTable).ToBeVisibleAsync();
        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync(page.Name + "-30d")}");
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Insights_FitsWidth_NoConsoleErrors_NoSeriousAxeViolations(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new InsightsPage(p));
        await using var _ = session;
        await PageChecks.AssertFitsWidthWithoutConsoleErrorsAsync(page, session, Output);
        await AssertNoSeriousAxeViolationsAsync(page);
    }

    [Fact]
    public async Task Insights_OnATablet_ChartsBelowTheFoldAreDrawnWhenScrolledNear()
    {
        var (session, page) = await OpenAsync(Viewports.TabletLandscape, p => new InsightsPage(p));
        await using var _ = session;
        await page.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        // The charts sit under the insight cards and the anomaly table: nothing drawn, and not
        // even the chart library fetched, until the reader scrolls towards them.
        await Expect(page.Charts.Locator(".apex-chart[data-chart-ready='false']")).ToHaveCountAsync(4);
        Assert.False(await ChartLibraryLoadedAsync(page.Page));

        await page.Charts.ScrollIntoViewIfNeededAsync();

        await Expect(page.Charts.Locator("svg.apexcharts-svg")).ToHaveCountAsync(4);
        Assert.True(await ChartLibraryLoadedAsync(page.Page));
    }

    private static Task<bool> ChartLibraryLoadedAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => performance.getEntriesByType('resource').some(r => r.name.includes('apexcharts.min.js'))");
}
