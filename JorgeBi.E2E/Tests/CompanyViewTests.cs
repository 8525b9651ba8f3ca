using System.Text.RegularExpressions;
using Dapper;
using JorgeBi.Core.Demo;
using JorgeBi.Data.Seeding;
using JorgeBi.E2E.Pages;
using JorgeBi.E2E.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace JorgeBi.E2E.Tests;

/// <summary>
/// "All locations" on the executive page: the seeded Los Angeles office (default) and an East
/// office in New York with its own demo history, combined, and side by side in the comparison.
/// </summary>
public sealed class CompanyViewTests(AppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(app, browser, output)
{
    internal const string East = "e2e-east";
    private static readonly SemaphoreSlim Seeding = new(1, 1);
    private static bool _seeded;

    /// <summary>Creates the East office in its zone before its first event, then seeds it, once per run (seeding again stores nothing twice).</summary>
    internal static async Task EnsureEastAsync(AppFixture app)
    {
        await Seeding.WaitAsync();
        try
        {
            if (_seeded) return;
            await using (var conn = await app.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync())
            {
                await conn.ExecuteAsync(
                    "insert into location (location_id, name, time_zone, commission_rate, monthly_commission_target) " +
                    "values (@East, 'East office', 'America/New_York', 0.05, 100000) on conflict do nothing", new { East });
            }
            var now = DateTimeOffset.UtcNow;
            var end = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero);
            await app.Services.GetRequiredService<DemoSeeder>()
                .SeedAsync(new DemoOptions(DemoScale.Demo, Seed: 7, Months: 3, End: end, LocationId: East, TimeZone: "America/New_York"));
            _seeded = true;
        }
        finally
        {
            Seeding.Release();
        }
    }

    private async Task<(BrowserSession Session, ExecutivePage Page)> OpenAllAsync(string viewport, string query = "")
    {
        await EnsureEastAsync(App);
        var (session, page) = await OpenAsync(viewport, p => new ExecutivePage(p, "/?location_id=all" + query));
        await Expect(page.Comparison).ToBeVisibleAsync();
        return (session, page);
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task AllLocations_CardsAreTheSumOfTheComparisonRows(string viewport)
    {
        var (session, page) = await OpenAllAsync(viewport);
        await using var _ = session;
        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync("company-" + viewport)}");

        Assert.True(await page.ComparisonRows.CountAsync() >= 2, "both offices are listed");
        await Expect(page.ComparisonCell(East, "total_leads")).ToBeVisibleAsync();
        double rows = 0;
        foreach (var cell in await page.Page.Locator("[data-testid$='-total_leads'][data-testid^='location-']").AllAsync())
            rows += ExecutivePage.ParseKpi(await cell.InnerTextAsync()) ?? 0;
        Assert.True(rows > 0, "the offices have leads");
        Assert.Equal(rows, await page.KpiValueAsync("total_leads"));
        await Expect(page.LocationPicker).ToContainTextAsync("All locations");
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Comparison_SortsByAColumn_BothWays(string viewport)
    {
        var (session, page) = await OpenAllAsync(viewport);
        await using var _ = session;

        await page.SortBy("total_leads").ClickAsync();
        var ascending = await LeadsInOrderAsync(page);
        await page.SortBy("total_leads").ClickAsync();
        await Expect(page.Page.Locator("[data-testid='sort-total_leads'] .mud-direction-desc")).ToBeAttachedAsync();
        var descending = await LeadsInOrderAsync(page);
        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync("company-sorted-" + viewport)}");

        Assert.Equal(ascending.Order(), ascending);
        Assert.Equal(ascending.Reverse(), descending);
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task ComparisonRow_Clicked_OpensThatOfficesDashboard(string viewport)
    {
        var (session, page) = await OpenAllAsync(viewport, "&timeframe=7d");
        await using var _ = session;
        var eastLeads = (await page.ComparisonCell(East, "total_leads").InnerTextAsync()).Trim();

        // Anywhere on the row, not only the name: the row is the link.
        await page.ComparisonCell(East, "total_leads").ClickAsync();

        await Expect(page.Page).ToHaveURLAsync(new Regex($"location_id={East}.*timeframe=7d|timeframe=7d.*location_id={East}"));
        await Expect(page.Comparison).ToHaveCountAsync(0);
        await Expect(page.LocationPicker).ToContainTextAsync("East office");
        await Expect(page.Kpi("total_leads")).ToHaveTextAsync(eastLeads);
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task NoLocationInTheAddress_ShowsAllLocations_AndThePickerSwitchesToAnOfficeAndBack(string viewport)
    {
        await EnsureEastAsync(App);
        var (session, page) = await OpenAsync(viewport, p => new ExecutivePage(p));
        await using var _ = session;
        // The owner sees both offices, so the executive page opens on all of them.
        await Expect(page.Comparison).ToBeVisibleAsync();
        await Expect(page.LocationPicker).ToContainTextAsync("All locations");

        await page.LocationPicker.ClickAsync();
        await page.LocationChoice(East).ClickAsync();
        await Expect(page.Page).ToHaveURLAsync(new Regex($"location_id={East}"));
        await Expect(page.Comparison).ToHaveCountAsync(0);

        await page.LocationPicker.ClickAsync();
        await page.LocationChoice("all").ClickAsync();
        await Expect(page.Page).ToHaveURLAsync(new Regex("location_id=all"));
        await Expect(page.Comparison).ToBeVisibleAsync();
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task AllLocations_FitsWidth_NoConsoleErrors_AxeClean(string viewport)
    {
        var (session, page) = await OpenAllAsync(viewport);
        await using var _ = session;

        Assert.Equal(0, await AppShell.OverflowOfAsync(page.ComparisonBox));
        await PageChecks.AssertCleanAsync(page, session, Output);
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task PageThatDoesNotCombine_AllLocations_AsksToChooseOne(string viewport)
    {
        await EnsureEastAsync(App);
        var (session, page) = await OpenAsync(viewport, p => new CommissionsPage(p));
        await using var _ = session;

        await page.Page.GotoAsync("/commissions?location_id=all");
        var notice = page.Page.GetByTestId("one-location-only");
        await Expect(notice).ToBeVisibleAsync();
        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync("company-commissions-" + viewport)}");
        await notice.GetByTestId($"open-location-{East}").ClickAsync();

        await Expect(page.Page).ToHaveURLAsync(new Regex($"/commissions\\?location_id={East}"));
        await Expect(notice).ToHaveCountAsync(0);
    }

    private static async Task<double[]> LeadsInOrderAsync(ExecutivePage page) =>
        [.. (await page.Page.Locator("[data-testid='location-comparison-table'] tbody tr td[data-testid$='-total_leads']").AllInnerTextsAsync())
            .Select(t => ExecutivePage.ParseKpi(t) ?? double.NegativeInfinity)];
}
