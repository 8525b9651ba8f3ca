namespace JorgeBi.E2E.Tests;

/// <summary>
/// "All locations" on the revenue and commissions pages: the demo office and the East office of
/// <see cref="CompanyViewTests"/> combined, against each office's own page for the same timeframe.
/// </summary>
public sealed class CompanyRevenueViewTests(AppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(app, browser, output)
{
    private static readonly string[] Offices = ["default", CompanyViewTests.East];

    private sealed record Sales(double Revenue, double Commission, double Deals);

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task RevenueForAllLocations_IsTheSumOfTheOffices(string viewport)
    {
        await CompanyViewTests.EnsureEastAsync(App);
        var (session, page) = await OpenAsync(viewport, p => new RevenuePage(p, "/revenue?location_id=all&timeframe=90d"));
        await using var _ = session;
        await page.ExpectChartDrawnAsync("chart-forecast");
        await page.ExpectChartDrawnAsync("chart-revenue");
        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync("company-revenue-" + viewport)}");
        await Expect(page.Page.GetByTestId("location-picker")).ToContainTextAsync("All locations");
        Assert.NotEqual("none", await page.ForecastMethod.InnerTextAsync());
        await PageChecks.AssertCleanAsync(page, session, Output);
        var all = await SalesAsync(page);

        var offices = new List<Sales>();
        foreach (var office in Offices)
        {
            await page.Page.GotoAsync($"/revenue?location_id={office}&timeframe=90d");
            await page.WaitUntilInteractiveAsync();
            offices.Add(await SalesAsync(page));
        }

        Assert.All(offices, o => Assert.True(o.Deals > 0, "each office sold in the period"));
        Assert.Equal(offices.Sum(o => o.Deals), all.Deals);
        // Each page shows money to the dollar, so the sum of two may be a dollar off the combined figure.
        Assert.InRange(all.Revenue - offices.Sum(o => o.Revenue), -1, 1);
        Assert.InRange(all.Commission - offices.Sum(o => o.Commission), -1, 1);
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task CommissionsForAllLocations_ListEveryOfficesDeals_TotalsSummed(string viewport)
    {
        await CompanyViewTests.EnsureEastAsync(App);
        var (session, page) = await OpenAsync(viewport, p => new CommissionsPage(p, "/commissions?location_id=all&timeframe=90d"));
        await using var _ = session;
        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync("company-commissions-" + viewport)}");
        Assert.Equal(0, await AppShell.OverflowOfAsync(page.GridBox));
        Assert.True(await AppShell.RightEdgeAsync(page.CommissionCells.First) <= Viewports.Size(viewport).Width, "the commission column is on screen");
        await PageChecks.AssertCleanAsync(page, session, Output);
        var all = await TotalsAsync(page);
        // The search finds deals by office too.
        await page.Grid.GetByRole(Microsoft.Playwright.AriaRole.Textbox, new() { Name = "Search deals" }).FillAsync("East office");
        await Expect(page.OfficeCells.Filter(new() { HasNotTextString = "East office" })).ToHaveCountAsync(0);
        await Expect(page.OfficeCells.First).ToHaveTextAsync("East office");

        var offices = new List<Sales>();
        foreach (var office in Offices)
        {
            await page.Page.GotoAsync($"/commissions?location_id={office}&timeframe=90d");
            await page.WaitUntilInteractiveAsync();
            await Expect(page.OfficeCells).ToHaveCountAsync(0);
            offices.Add(await TotalsAsync(page));
        }

        Assert.All(offices, o => Assert.True(o.Deals > 0, "each office closed deals in the period"));
        Assert.Equal(offices.Sum(o => o.Deals), all.Deals);
        Assert.InRange(all.Revenue - offices.Sum(o => o.Revenue), -1, 1);
        Assert.InRange(all.Commission - offices.Sum(o => o.Commission), -1, 1);
    }

    private static async Task<Sales> SalesAsync(RevenuePage page) => new(
        (await page.NumberAsync(page.Kpi("revenue")))!.Value,
        (await page.NumberAsync(page.Kpi("jorge_commission")))!.Value,
        (await page.NumberAsync(page.Kpi("deals_closed")))!.Value);

    private static async Task<Sales> TotalsAsync(CommissionsPage page) => new(
        ExecutivePage.ParseKpi(await page.Total("revenue").InnerTextAsync())!.Value,
        ExecutivePage.ParseKpi(await page.Total("commission").InnerTextAsync())!.Value,
        ExecutivePage.ParseKpi(await page.Total("deals").InnerTextAsync())!.Value);
}
