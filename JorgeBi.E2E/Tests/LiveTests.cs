using Deque.AxeCore.Playwright;

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
        Assert.Equal(20, await page.FeedRows.CountAsync());
        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync(page.Name)}");

        var before = await page.GeneratedAt.InnerTextAsync();
        await Task.Delay(1100);   // the snapshot's time has second precision: wait one tick so a reload shows
        await page.Refresh.ClickAsync();
        await Expect(page.GeneratedAt).Not.ToHaveTextAsync(before);
        Assert.Equal(20, await page.FeedRows.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Live_FitsWidth_NoConsoleErrors_AxeClean(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new LivePage(p));
        await using var _ = session;

        await PageChecks.AssertCleanAsync(page, session, Output);
    }
}
