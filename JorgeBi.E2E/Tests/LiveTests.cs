using Deque.AxeCore.Playwright;
using JorgeBi.E2E.Pages;
using JorgeBi.E2E.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace JorgeBi.E2E.Tests;

public sealed class LiveTests(AppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(app, browser, output)
{
    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Live_ShowsCountersAndFeed(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new LivePage(p));
        await using var _ = session;

        foreach (var name in new[] { "leads", "interactions", "success_rate", "p95_ms", "appointments", "deals" })
        {
            await Expect(page.Today(name)).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^(–|\$?[\d,.]+( %| ms)?)$"));
            await Expect(page.Recent(name)).ToBeVisibleAsync();
        }
        await Expect(page.Recent("last_event_at")).Not.ToHaveTextAsync("–");      // the seed's events arrived
        Assert.Equal(50, await page.FeedRows.CountAsync());
        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync(page.Name)}");

        var before = await page.GeneratedAt.InnerTextAsync();
        await Task.Delay(1100);   // the snapshot's time has second precision: wait one tick so a reload shows
        await page.Refresh.ClickAsync();
        await Expect(page.GeneratedAt).Not.ToHaveTextAsync(before);
        Assert.Equal(50, await page.FeedRows.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Live_FitsWidth_NoConsoleErrors_AxeClean(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new LivePage(p));
        await using var _ = session;

        await OpsChecks.AssertCleanAsync(page, session, Output);
    }
}

/// <summary>The checks every page of this area must pass: fits the width, no console errors, no serious axe violations.</summary>
internal static class OpsChecks
{
    public static async Task AssertCleanAsync(AppShell page, BrowserSession session, ITestOutputHelper output)
    {
        Assert.Equal(0, Math.Max(0, await page.HorizontalOverflowAsync()));
        await page.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        foreach (var e in session.Errors) output.WriteLine(e);
        Assert.DoesNotContain(session.Errors, e => !KnownAppDefects.IsKnown(e));
        await AssertNoSeriousAxeViolationsAsync(page, output);
    }

    public static async Task AssertNoSeriousAxeViolationsAsync(AppShell page, ITestOutputHelper output)
    {
        var result = await page.Page.RunAxe();
        foreach (var v in result.Violations)
        {
            output.WriteLine($"{v.Impact} {v.Id}: {v.Help} ({v.Nodes.Length}) e.g. {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}");
        }
        var serious = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .SelectMany(v => v.Nodes.Select(n => (v.Id, n.Html)))
            .Where(n => !KnownAppDefects.IsKnownAxe(n.Id, n.Html));
        Assert.Empty(serious);
    }
}
