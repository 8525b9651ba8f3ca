using Deque.AxeCore.Playwright;

namespace JorgeBi.E2E.Support;

/// <summary>The checks every page must pass: fits the width, no console errors, no serious axe violations.</summary>
public static class PageChecks
{
    public static async Task AssertCleanAsync(AppShell page, BrowserSession session, ITestOutputHelper output)
    {
        await AssertFitsWidthWithoutConsoleErrorsAsync(page, session, output);
        await AssertNoSeriousAxeViolationsAsync(page, output);
    }

    /// <summary>The page is no wider than the viewport (a table may scroll in its own box) and, once the network is idle, logged no errors.</summary>
    public static async Task AssertFitsWidthWithoutConsoleErrorsAsync(AppShell page, BrowserSession session, ITestOutputHelper output)
    {
        Assert.Equal(0, Math.Max(0, await page.HorizontalOverflowAsync()));
        await page.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        foreach (var e in session.Errors) output.WriteLine(e);
        Assert.DoesNotContain(session.Errors, e => !KnownAppDefects.IsKnown(e));
    }

    public static Task AssertNoSeriousAxeViolationsAsync(AppShell page, ITestOutputHelper output) =>
        AssertNoSeriousAxeViolationsAsync(page.Page, output);

    public static async Task AssertNoSeriousAxeViolationsAsync(IPage page, ITestOutputHelper output)
    {
        var result = await page.RunAxe();
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
