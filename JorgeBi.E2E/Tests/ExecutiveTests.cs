using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using JorgeBi.Data.Access;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.E2E.Tests;

public sealed class ExecutiveTests(AppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(app, browser, output)
{
    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Executive_ShowsKpiCardsWithNumbers(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new ExecutivePage(p));
        await using var _ = session;

        var cards = await page.KpiTextsAsync();
        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync(page.Name)}");
        foreach (var (name, text) in cards) Output.WriteLine($"{name} = {text}");

        Assert.NotEmpty(cards);
        Assert.All(cards, c => Assert.True(c.Text == "–" || ExecutivePage.ParseKpi(c.Text) is not null, $"{c.Name}: '{c.Text}'"));
        Assert.True(await page.KpiValueAsync("total_leads") > 0, "the seeded month has leads");
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Executive_FitsWidth_NoHorizontalScroll(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new ExecutivePage(p));
        await using var _ = session;

        Assert.Equal(0, Math.Max(0, await page.HorizontalOverflowAsync()));
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Executive_LogsNoConsoleErrors(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new ExecutivePage(p));
        await using var _ = session;

        // Late errors (the favicon request) arrive after the load event.
        await page.Page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        foreach (var e in session.Errors) Output.WriteLine(e);
        Assert.DoesNotContain(session.Errors, e => !KnownAppDefects.IsKnown(e));
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Executive_DarkModeToggle_SwitchesTheme(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new ExecutivePage(p));
        await using var _ = session;
        var light = await page.BackgroundColourAsync();

        await page.DarkModeToggle.ClickAsync();
        await Expect(page.Body).Not.ToHaveCSSAsync("background-color", light);
        Output.WriteLine($"background: {light} -> {await page.BackgroundColourAsync()}");
        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync(page.Name + "-dark")}");

        await page.DarkModeToggle.ClickAsync();
        await Expect(page.Body).ToHaveCSSAsync("background-color", light);
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Executive_HasNoSeriousAccessibilityViolations(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new ExecutivePage(p));
        await using var _ = session;

        await AssertNoSeriousAxeViolationsAsync(page);
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Executive_ChartsAndSparklinesRenderSvg(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new ExecutivePage(p));
        await using var _ = session;

        foreach (var chart in ExecutivePage.Charts)
        {
            await page.ExpectChartDrawnAsync(chart);
        }
        await Expect(page.Sparklines.First).ToBeVisibleAsync();
        await Expect(page.Insights).ToBeVisibleAsync();
        Output.WriteLine($"sparklines: {await page.Sparklines.CountAsync()}");
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Executive_Sparklines_GoThroughEveryValueOfTheirTrend(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new ExecutivePage(p));
        await using var _ = session;

        using var client = await ApiClientAsync();
        var trends = System.Text.Json.Nodes.JsonNode.Parse(await client.GetStringAsync("/api/bi/dashboard-kpis?include_trends=true"))!["trends"]!.AsObject();
        var drawn = 0;
        foreach (var sparkline in await page.Sparklines.AllAsync())
        {
            var name = (await sparkline.GetAttributeAsync("data-testid"))!["sparkline-".Length..];
            var values = trends[name]!.AsArray().Count(p => p!["value"] is not null);
            var points = await page.SparklinePointCountAsync(name);
            Output.WriteLine($"{name}: {points} points, {values} values");
            Assert.Equal(values, points);
            Assert.True((await sparkline.BoundingBoxAsync())!.Width > 100, $"{name}: the sparkline spans its card");
            drawn++;
        }
        Assert.True(drawn > 0, "the cards show sparklines");
    }

    [Fact]
    public async Task Executive_Sparklines_AreInThePrerenderedPage()
    {
        var (session, _) = await OpenAsync(Viewports.Desktop, p => new ExecutivePage(p));
        await using var __ = session;

        // The signed-in browser context asks for the page without running it: the server's HTML alone.
        var response = await session.Page.Context.APIRequest.GetAsync("/");
        var html = await response.TextAsync();

        Assert.Matches(new Regex(@"data-testid=""sparkline-total_leads""[^>]*>\s*<path[^>]*\bd=""M"), html);
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Executive_HotSliceClick_OpensLeadsFilteredByTemperature(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new ExecutivePage(p));
        await using var _ = session;

        await page.WaitForChartReadyAsync("chart-temperature");
        await page.TemperatureSlice(0).ClickAsync();

        await Expect(page.Page).ToHaveURLAsync(new Regex(@"/leads\?(.+&)?component=leads&temperature=hot$"));
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Executive_TotalLeadsCardClick_OpensLeadsDrillDown(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new ExecutivePage(p));
        await using var _ = session;

        await page.Card("total_leads").ClickAsync();

        await Expect(page.Page).ToHaveURLAsync(new Regex(@"/leads\?(.+&)?component=leads&metric=total_leads$"));
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Executive_PrintButton_OpensPrintAndPrintLayoutHidesTheChrome(string viewport)
    {
        // One office's report: the owner's page shows all locations once other tests have
        // added offices, and a comparison of many offices runs onto further pages.
        var (session, page) = await OpenAsync(viewport, p => new ExecutivePage(p, "/?location_id=default"));
        await using var _ = session;
        await page.StubPrintAsync();

        await page.PrintButton.ClickAsync();
        await page.WaitForPrintCallAsync();

        // A4 landscape inside 10 mm margins at 96 dpi; the report should fit on it.
        await page.Page.SetViewportSizeAsync(1047, 718);
        await page.WaitForChartsToFitAsync();
        // beforeprint first, as a browser does: the page fits its charts to the print boxes
        // before the print layout changes them.
        await page.Page.EvaluateAsync("() => window.dispatchEvent(new Event('beforeprint'))");
        await page.Page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });
        await Expect(page.Page.Locator(".mud-appbar")).ToBeHiddenAsync();
        await Expect(page.PrintButton).ToBeHiddenAsync();
        var height = await page.ReportBottomAsync();
        Output.WriteLine($"print height {height} px; Screenshot: {await session.ScreenshotAsync(page.Name + "-print")}");
        Assert.True(height <= 718, $"the printed report is {height} px high, more than one A4 landscape page");
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Executive_Funnel_InPipelineOrder_EqualToTheCards_CohortSelectable(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new ExecutivePage(p));
        await using var _ = session;
        await page.WaitForChartReadyAsync("chart-funnel");

        string[] order = ["Leads", "Qualified leads", "Appointments", "Deals qualified", "Deals shown", "Offers", "Under contract", "Deals closed"];
        var labels = await page.FunnelLabelsTopDownAsync();
        Output.WriteLine($"period: {string.Join(", ", labels)}; Screenshot: {await session.ScreenshotAsync(page.Name + "-funnel")}");
        Assert.Equal(order, labels.Select(l => l.Split(" · ")[0]));
        var bars = labels.Select(l => l.Split(" · ")[1]).ToArray();
        Assert.Equal(await page.Kpi("total_leads").InnerTextAsync(), bars[0]);
        Assert.Equal(await page.Kpi("qualified_leads").InnerTextAsync(), bars[1]);
        Assert.Equal(await page.Kpi("appointments_scheduled").InnerTextAsync(), bars[2]);
        Assert.Equal(await page.Kpi("deals_closed").InnerTextAsync(), bars[7]);

        var version = await page.Page.GetByTestId("chart-funnel").GetAttributeAsync("data-chart-version");
        await page.FunnelView("cohort").ClickAsync();
        await Expect(page.Funnel).ToHaveAttributeAsync("data-view", "cohort");
        await Expect(page.FunnelDescription).ToContainTextAsync("Cohort: the leads created in the period");
        await Expect(page.Page.Locator($"[data-testid='chart-funnel'][data-chart-ready='true']:not([data-chart-version='{version}'])")).ToHaveCountAsync(1);
        var cohort = await page.FunnelLabelsTopDownAsync();
        Assert.Equal(order, cohort.Select(l => l.Split(" · ")[0]));
        Output.WriteLine($"cohort: {string.Join(", ", cohort)}; Screenshot: {await session.ScreenshotAsync(page.Name + "-funnel-cohort")}");
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Executive_BadCustomRange_ShowsTheApisMessageBesideTheFilters(string viewport)
    {
        const string query = "from=2026-02-30&to=2026-03-10";
        var (session, page) = await OpenAsync(viewport, p => new ExecutivePage(p, "/?" + query));
        await using var _ = session;

        var apiMessage = await ApiErrorAsync("/api/bi/dashboard-kpis?" + query, "from");
        await Expect(page.FilterError("from")).ToHaveTextAsync($"from: {apiMessage}");
        await Expect(page.FilterErrors).ToContainTextAsync("showing Last 30 days instead");
        await Expect(page.Page.GetByTestId("timeframe-picker")).ToHaveAttributeAsync("data-invalid", "true");
        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync(page.Name + "-bad-range")}");
        Assert.Equal(0, Math.Max(0, await page.HorizontalOverflowAsync()));
    }

    /// <summary>The message the API's 400 gives for a field, asked with a real key.</summary>
    private async Task<string> ApiErrorAsync(string path, string field)
    {
        using var client = await ApiClientAsync();
        using var response = await client.GetAsync(path);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        var problem = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return problem["errors"]![field]![0]!.GetValue<string>();
    }

    /// <summary>A client of the app's API with a new read key.</summary>
    private async Task<HttpClient> ApiClientAsync()
    {
        var key = await App.Services.GetRequiredService<ApiKeyStore>().CreateAsync("e2e-exec-" + Guid.NewGuid().ToString("N")[..8], [ApiKeyScopes.BiRead]);
        var client = new HttpClient { BaseAddress = App.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key.Key);
        return client;
    }
}
