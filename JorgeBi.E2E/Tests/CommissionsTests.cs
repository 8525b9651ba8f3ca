namespace JorgeBi.E2E.Tests;

public sealed class CommissionsTests(AppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(app, browser, output)
{
    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Commissions_ShowsTotalsAndTargets(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new CommissionsPage(p));
        await using var _ = session;

        Assert.True(ExecutivePage.ParseKpi(await page.Total("deals").InnerTextAsync()) > 0, "the seeded 90 days have closed deals");
        Assert.True(ExecutivePage.ParseKpi(await page.Total("commission").InnerTextAsync()) > 0);
        await Expect(page.MonthToDate.GetByRole(Microsoft.Playwright.AriaRole.Progressbar)).ToBeVisibleAsync();
        await Expect(page.YearToDate.GetByTestId("commission-ytd-progress")).ToContainTextAsync("of the year passed");
        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync(page.Name)}");
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Commissions_ClickCommissionHeader_SortsAscendingThenDescending(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new CommissionsPage(p));
        await using var _ = session;

        await page.SortHeader("Commission").ClickAsync();
        await AssertSortedAsync(page, descending: false);
        await page.SortHeader("Commission").ClickAsync();
        await AssertSortedAsync(page, descending: true);
        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync(page.Name + "-sorted")}");
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Commissions_FitsWidth_NoConsoleErrors_AxeClean(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new CommissionsPage(p));
        await using var _ = session;

        await PageChecks.AssertCleanAsync(page, session, Output);
    }

    private static async Task AssertSortedAsync(CommissionsPage page, bool descending)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        IReadOnlyList<double> values;
        do
        {
            values = await page.CommissionsAsync();
            var expected = descending ? values.OrderDescending() : values.Order();
            if (values.Count > 1 && values.SequenceEqual(expected)) return;
            await page.Page.WaitForTimeoutAsync(100);
        } while (DateTime.UtcNow < deadline);
        Assert.Fail($"not sorted {(descending ? "descending" : "ascending")}: {string.Join(", ", values)}");
    }
}
