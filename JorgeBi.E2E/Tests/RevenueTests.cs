using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;

namespace JorgeBi.E2E.Tests;

public sealed class RevenueTests(AppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(app, browser, output)
{
    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Revenue_ShowsNumbersForecastAndCharts(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new RevenuePage(p));
        await using var _ = session;

        foreach (var chart in new[] { "chart-forecast", "chart-revenue", "chart-breakdown" })
        {
            await page.ExpectChartDrawnAsync(chart);
        }
        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync(page.Name)}");

        Assert.True(await page.NumberAsync(page.Kpi("revenue")) > 0, "the seeded month has closed deals");
        Assert.True(await page.NumberAsync(page.Kpi("jorge_commission")) > 0);
        Assert.True(await page.NumberAsync(page.Kpi("deals_closed")) > 0);
        Assert.True(await page.NumberAsync(page.Kpi("avg_deal_size")) > 0);
        Output.WriteLine($"method {await page.ForecastMethod.InnerTextAsync()}, MAPE {await page.ForecastMape.InnerTextAsync()}, baseline {await page.BaselineMape.InnerTextAsync()}");
        Assert.NotEqual("none", await page.ForecastMethod.InnerTextAsync());
        await Expect(page.ForecastMape).ToHaveTextAsync(new Regex(@"^\d+\.\d %$"));
        await Expect(page.BaselineMape).ToHaveTextAsync(new Regex(@"^\d+\.\d %$"));
        await Expect(page.PipelineForecast.Locator("tbody tr").First).ToBeVisibleAsync();
        Assert.True(await page.RoiRows.CountAsync() > 0, "the demo has several lead sources");
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Revenue_FitsWidth_LogsNoConsoleErrors(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new RevenuePage(p));
        await using var _ = session;
        await page.ExpectChartDrawnAsync("chart-forecast");
        await PageChecks.AssertFitsWidthWithoutConsoleErrorsAsync(page, session, Output);
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Revenue_GroupByBot_ShowsBotsInBreakdown(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new RevenuePage(p));
        await using var _ = session;

        await page.GroupBy("bot").ClickAsync();

        await Expect(page.BreakdownTable.Locator("thead th").First).ToHaveTextAsync("Bot");
        // Deals are attributed first-touch; in the demo that can be one bot for all of them.
        var link = page.BreakdownTable.Locator("tbody a").First;
        await Expect(link).ToHaveAttributeAsync("href", new Regex(@"component=revenue&bot_id=(jorge-seller|jorge-buyer|lead-bot|intent-decoder|unattributed)$"));
    }

    [Fact]
    public async Task Revenue_BreakdownBarClick_OpensDealsOfThatSource()
    {
        var (session, page) = await OpenAsync(Viewports.Desktop, p => new RevenuePage(p));
        await using var _ = session;
        await page.WaitForChartReadyAsync("chart-breakdown");

        await page.BreakdownBars.First.ClickAsync();

        await Expect(page.Page).ToHaveURLAsync(new Regex(@"/leads\?.*component=revenue.*source=[a-z-]+"));
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Revenue_HasNoSeriousAccessibilityViolations(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new RevenuePage(p));
        await using var _ = session;
        await page.ExpectChartDrawnAsync("chart-forecast");

        await AssertNoSeriousAxeViolationsAsync(page);
    }
}
