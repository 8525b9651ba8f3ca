using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;

namespace JorgeBi.E2E.Tests;

public sealed class BotsTests(AppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(app, browser, output)
{
    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Bots_MatrixShowsEveryBotWithIntervalsStatusAndTrend(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new BotsPage(p));
        await using var _ = session;
        await page.ExpectChartDrawnAsync("chart-bot-trend");
        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync(page.Name)}");

        await Expect(page.MatrixRows).ToHaveCountAsync(4);
        foreach (var bot in BotsPage.DemoBots)
        {
            Output.WriteLine($"{bot}: {await page.Success(bot).InnerTextAsync()} | {await page.P95(bot).InnerTextAsync()} | {await page.Status(bot).InnerTextAsync()}");
            await Expect(page.Success(bot)).ToHaveTextAsync(new Regex(@"^\d+\.\d % \(\d+\.\d–\d+\.\d\)$"));
            await Expect(page.P95(bot)).ToHaveTextAsync(new Regex(@"^\d+(\.\d)? / \d+$"));
            await Expect(page.Status(bot)).ToHaveTextAsync(new Regex("On target|Success at risk|Success below target|p95 over target"));
        }
        await Expect(page.Alerts).ToBeVisibleAsync();
        await page.ExpectChartDrawnAsync("chart-bot-trend-p95");
    }

    [Fact]
    public async Task Bots_ChipAndAlertsAgree_ASlowBotIsNeverOnTarget()
    {
        var (session, page) = await OpenAsync(Viewports.Desktop, p => new BotsPage(p));
        await using var _ = session;

        foreach (var bot in BotsPage.DemoBots)
        {
            var chip = await page.Status(bot).InnerTextAsync();
            var slow = await page.Alert(bot, "latency_over_target").CountAsync() > 0;
            Output.WriteLine($"{bot}: chip '{chip}', p95 alert {slow}");
            Assert.Equal(slow, chip.Contains("p95 over target", StringComparison.Ordinal));
            if (slow) Assert.NotEqual("On target", chip);
        }
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Bots_RowClick_OpensThatBotsConversations(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new BotsPage(p));
        await using var _ = session;

        // A number cell, not the name link: the whole row is the drill-down target.
        await page.Success("jorge-buyer").ClickAsync();

        await page.Page.WaitForURLAsync(new Regex(@"/leads\?.*component=bots.*bot_id=jorge-buyer"));
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Bots_PageFitsWidth_LogsNoConsoleErrors(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new BotsPage(p));
        await using var _ = session;
        await page.ExpectChartDrawnAsync("chart-bot-trend");
        await PageChecks.AssertFitsWidthWithoutConsoleErrorsAsync(page, session, Output);
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Bots_HasNoSeriousAccessibilityViolations(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new BotsPage(p));
        await using var _ = session;
        await page.ExpectChartDrawnAsync("chart-bot-trend");

        await AssertNoSeriousAxeViolationsAsync(page);
    }
}
