using Deque.AxeCore.Playwright;
using JorgeBi.E2E.Pages;
using JorgeBi.E2E.Support;
using Xunit.Abstractions;

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

        foreach (var e in session.Errors) Output.WriteLine(e);
        Assert.Empty(session.Errors);
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Executive_DarkModeToggle_SwitchesTheme(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new ExecutivePage(p));
        await using var _ = session;
        var light = await page.BackgroundColourAsync();

        await page.DarkModeToggle.ClickAsync();

        await Microsoft.Playwright.Assertions.Expect(page.Page.Locator("body")).Not.ToHaveCSSAsync("background-color", light);
        Output.WriteLine($"background: {light} -> {await page.BackgroundColourAsync()}");
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Executive_HasNoSeriousAccessibilityViolations(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new ExecutivePage(p));
        await using var _ = session;

        var result = await page.Page.RunAxe();
        foreach (var v in result.Violations)
        {
            Output.WriteLine($"{v.Impact} {v.Id}: {v.Help} ({v.Nodes.Length}) e.g. {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}");
        }
        Assert.DoesNotContain(result.Violations, v => v.Impact is "serious" or "critical");
    }
}
