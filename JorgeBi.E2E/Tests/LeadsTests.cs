using Deque.AxeCore.Playwright;

namespace JorgeBi.E2E.Tests;

public sealed class LeadsTests(AppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(app, browser, output)
{
    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Leads_HotFilter_ShowsOnlyHotRowsAndTheTotal(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new LeadsPage(p));
        await using var _ = session;
        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync(page.Name)}");

        var temperatures = await page.Cells("temperature").AllInnerTextsAsync();
        Assert.NotEmpty(temperatures);
        Assert.All(temperatures, t => Assert.Equal("hot", t.Trim()));
        Assert.True(await page.TotalAsync() >= temperatures.Count);
        await Expect(page.Breadcrumbs).ToContainTextAsync("Temperature: hot");
        await Expect(page.Chip("temperature")).ToBeVisibleAsync();
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Leads_Pager_ShowsTheNextPage(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new LeadsPage(p, "?component=leads&page_size=10"));
        await using var _ = session;
        var first = await page.LeadLinks.AllInnerTextsAsync();
        Assert.Equal(10, first.Count);

        await page.Pager.GetByRole(AriaRole.Button, new() { Name = "Page 2" }).ClickAsync();

        await Expect(page.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("page=2"));
        await Expect(page.LeadLinks.First).Not.ToHaveTextAsync(first[0]);
        Assert.Empty((await page.LeadLinks.AllInnerTextsAsync()).Intersect(first));
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Leads_RemovingAChip_DropsTheFilterFromTheUrl(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new LeadsPage(p));
        await using var _ = session;
        var hotTotal = await page.TotalAsync();

        await page.Chip("temperature").GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();

        await Expect(page.Page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("temperature="));
        await Expect(page.Chip("temperature")).ToHaveCountAsync(0);
        await Expect(page.Total).Not.ToHaveTextAsync($"{hotTotal:N0} rows");
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Leads_ClickingALead_OpensItsTimeline(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new LeadsPage(p));
        await using var _ = session;
        var leadId = (await page.LeadLinks.First.InnerTextAsync()).Trim();

        await page.LeadLinks.First.ClickAsync();

        await Expect(page.Timeline).ToBeVisibleAsync();
        await Expect(page.Page.GetByRole(AriaRole.Heading, new() { Name = $"Lead {leadId}" })).ToBeVisibleAsync();
        var types = await page.Timeline.GetByTestId("timeline-type").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.type)");
        Assert.Equal("lead.created", types[0]);
        Output.WriteLine(string.Join(" > ", types));
        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync("lead-timeline")}");
        await AssertNoSeriousAxeViolationsAsync(page);
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Leads_ExportCsv_DownloadsTheReportWithItsHeader(string viewport)
    {
        // One office's export (all locations' starts with location_id: CompanyViewTests).
        var (session, page) = await OpenAsync(viewport, p => new LeadsPage(p, "?location_id=default&component=leads&temperature=hot"));
        await using var _ = session;

        var download = await page.Page.RunAndWaitForDownloadAsync(() => page.ExportButton.ClickAsync());

        Assert.EndsWith(".csv", download.SuggestedFilename);
        using var reader = new StreamReader(await download.CreateReadStreamAsync());
        Assert.Equal("lead_id,created_at,source,lead_type,temperature,agent_id,first_bot_id,speed_to_lead_s", await reader.ReadLineAsync());
        Assert.NotNull(await reader.ReadLineAsync());
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Leads_FitsWidth_NoConsoleErrors_NoSeriousAxeViolations(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new LeadsPage(p));
        await using var _ = session;
        await PageChecks.AssertFitsWidthWithoutConsoleErrorsAsync(page, session, Output);
        await AssertNoSeriousAxeViolationsAsync(page);
    }
}
