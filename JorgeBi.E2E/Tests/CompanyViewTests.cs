using System.Text.RegularExpressions;
using Dapper;
using JorgeBi.Core.Demo;
using JorgeBi.Data.Seeding;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

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

    [Fact]
    public async Task AllLocations_Printed_OfficesComparedAfterTheOnePageReport_FullWidthAndUnclipped()
    {
        var (session, page) = await OpenAllAsync(Viewports.Desktop);
        await using var _ = session;

        // A4 landscape inside 10 mm margins at 96 dpi, laid out as a browser prints it.
        await page.Page.SetViewportSizeAsync(1047, 718);
        // The comparison pushes the charts below the fold, where they wait to be drawn; printing draws them all.
        await ChartDrawing.DrawAllAsync(page.Page);
        await page.WaitForChartsToFitAsync();
        await page.Page.EvaluateAsync("() => window.dispatchEvent(new Event('beforeprint'))");
        await page.Page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });
        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync("company-print")}");

        var layout = await page.Page.EvaluateAsync<double[]>("""
            () => {
                const box = document.querySelector("[data-testid='location-comparison']");
                const scroll = box.querySelector('.table-scroll');
                return [box.getBoundingClientRect().width, document.querySelector('.exec-charts').getBoundingClientRect().width,
                        scroll.scrollWidth - scroll.clientWidth, box.getBoundingClientRect().top,
                        document.querySelector("[data-testid='insights']").getBoundingClientRect().bottom];
            }
            """);
        var pdf = await page.Page.PdfAsync(new() { PreferCSSPageSize = true });
        var pages = Regex.Matches(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page[^s]").Count;

        Assert.InRange(layout[0], layout[1] - 1, layout[1] + 1);
        Assert.True(layout[2] <= 1, $"the comparison is clipped by {layout[2]} px");
        Assert.True(layout[3] >= layout[4], "the comparison follows the charts and insights");
        Assert.True(pages >= 2, $"the report printed on {pages} page(s); the comparison starts a page of its own");
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
    public async Task BotsPage_AllLocations_EachBotsInteractionsAreTheOfficesAddedUp(string viewport)
    {
        await EnsureEastAsync(App);
        var (session, page) = await OpenAsync(viewport, p => new BotsPage(p, "/bots?location_id=all&timeframe=30d"));
        await using var _ = session;
        await page.ExpectChartDrawnAsync("chart-bot-trend");
        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync("company-bots")}");
        await Expect(page.Page.GetByTestId("location-picker")).ToContainTextAsync("All locations");
        await Expect(page.MatrixRows).ToHaveCountAsync(BotsPage.DemoBots.Length);
        var all = await InteractionsAsync(page);

        var offices = new List<Dictionary<string, long>>();
        foreach (var office in new[] { "default", East })
        {
            await page.Page.GotoAsync($"/bots?location_id={office}&timeframe=30d");
            await page.Matrix.WaitForAsync();
            offices.Add(await InteractionsAsync(page));
        }

        Assert.True(offices.All(o => o.Values.Sum() > 0), "both offices have bot traffic");
        foreach (var bot in BotsPage.DemoBots) Assert.Equal(offices[0][bot] + offices[1][bot], all[bot]);
    }

    private static async Task<Dictionary<string, long>> InteractionsAsync(BotsPage page)
    {
        var counts = new Dictionary<string, long>();
        foreach (var bot in BotsPage.DemoBots)
            counts[bot] = long.Parse(await page.Interactions(bot).InnerTextAsync(), System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture);
        return counts;
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task LeadsPage_AllLocations_ListsBothOfficesRows_WithTheLocationColumn(string viewport)
    {
        await EnsureEastAsync(App);
        var (session, page) = await OpenAsync(viewport, p => new LeadsPage(p, "?location_id=all&timeframe=7d&component=leads&page_size=200"));
        await using var _ = session;
        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync("company-leads")}");

        var offices = (await page.Cells("location_id").AllInnerTextsAsync()).Select(t => t.Trim()).Distinct().ToList();
        Output.WriteLine(string.Join(", ", offices));
        Assert.Contains("East office", offices);
        Assert.True(offices.Count >= 2, "rows of both offices are listed together");
        await Expect(page.Header.Locator("th").Filter(new() { HasTextString = "Location" })).ToBeVisibleAsync();
        await Expect(page.Cells("location_id").First).ToBeVisibleAsync();
        Assert.Equal(0, await AppShell.OverflowOfAsync(page.TableBox));
    }

    [Fact]
    public async Task LeadsPage_AllLocations_ExportsBothOffices_AndALeadOpensInItsOwnOffice()
    {
        await EnsureEastAsync(App);
        var (session, page) = await OpenAsync(Viewports.Desktop, p => new LeadsPage(p, "?location_id=all&timeframe=7d&component=leads"));
        await using var _ = session;

        var download = await page.Page.RunAndWaitForDownloadAsync(() => page.ExportButton.ClickAsync());
        using var reader = new StreamReader(await download.CreateReadStreamAsync());
        var lines = (await reader.ReadToEndAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("location_id,lead_id,created_at,", lines[0]);
        Assert.Contains(lines.Skip(1), l => l.StartsWith(East + ",", StringComparison.Ordinal));
        Assert.Contains(lines.Skip(1), l => !l.StartsWith(East + ",", StringComparison.Ordinal));

        var office = (await page.Cells("location_id").First.InnerTextAsync()).Trim();
        var leadId = (await page.LeadLinks.First.InnerTextAsync()).Trim();
        await page.LeadLinks.First.ClickAsync();
        await Expect(page.Timeline).ToBeVisibleAsync();
        await Expect(page.Page.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Name = $"Lead {leadId}" })).ToBeVisibleAsync();
        await Expect(page.Page.GetByTestId("location-picker")).ToContainTextAsync(office);
        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync("company-lead-timeline")}");
    }

    private static async Task<double[]> LeadsInOrderAsync(ExecutivePage page) =>
        [.. (await page.Page.Locator("[data-testid='location-comparison-table'] tbody tr td[data-testid$='-total_leads']").AllInnerTextsAsync())
            .Select(t => ExecutivePage.ParseKpi(t) ?? double.NegativeInfinity)];
}
