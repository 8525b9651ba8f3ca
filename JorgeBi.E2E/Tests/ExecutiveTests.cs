using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using JorgeBi.E2E.Pages;
using JorgeBi.E2E.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

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
            await Expect(page.ChartSvg(chart)).ToBeVisibleAsync();
        }
        await Expect(page.Sparklines.First).ToBeVisibleAsync();
        await Expect(page.Insights).ToBeVisibleAsync();
        Output.WriteLine($"sparklines: {await page.Sparklines.CountAsync()}");
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Executive_HotSliceClick_OpensLeadsFilteredByTemperature(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new ExecutivePage(p));
        await using var _ = session;

        await page.StubLeadsPageAsync();
        await page.TemperatureSlice(0).ClickAsync();

        await Expect(page.Page).ToHaveURLAsync(new Regex(@"/leads\?(.+&)?component=leads&temperature=hot$"));
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Executive_TotalLeadsCardClick_OpensLeadsDrillDown(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new ExecutivePage(p));
        await using var _ = session;

        await page.StubLeadsPageAsync();
        await page.Card("total_leads").ClickAsync();

        await Expect(page.Page).ToHaveURLAsync(new Regex(@"/leads\?(.+&)?component=leads&metric=total_leads$"));
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Executive_PrintButton_OpensPrintAndPrintLayoutHidesTheChrome(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new ExecutivePage(p));
        await using var _ = session;
        await page.StubPrintAsync();

        await page.PrintButton.ClickAsync();
        await page.WaitForPrintCallAsync();

        // A4 landscape inside 10 mm margins at 96 dpi; the report should fit on it.
        await page.Page.SetViewportSizeAsync(1047, 718);
        await page.WaitForChartsToFitAsync();
        await page.Page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });
        await page.Page.EvaluateAsync("() => window.dispatchEvent(new Event('beforeprint'))");
        await Expect(page.Page.Locator(".mud-appbar")).ToBeHiddenAsync();
        await Expect(page.PrintButton).ToBeHiddenAsync();
        var height = await page.ReportBottomAsync();
        Output.WriteLine($"print height {height} px; Screenshot: {await session.ScreenshotAsync(page.Name + "-print")}");
        Assert.True(height <= 718, $"the printed report is {height} px high, more than one A4 landscape page");
    }
}
