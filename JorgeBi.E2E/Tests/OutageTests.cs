using System.Text.RegularExpressions;

namespace JorgeBi.E2E.Tests;

/// <summary>The database, or the chart library, goes away under an open dashboard, and comes back.</summary>
public sealed class OutageTests(AppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(app, browser, output)
{
    [Fact]
    public async Task DatabaseStopped_DashboardKeepsItsNumbersMarkedStale_ThenRecoversByItself()
    {
        // One office's dashboard: what the owner's default shows depends on the offices other tests add.
        var (session, page) = await OpenAsync(Viewports.Desktop, p => new ExecutivePage(p, "/?location_id=default"));
        await using var _ = session;
        var leads = await page.Kpi("total_leads").InnerTextAsync();

        await App.WithDatabaseStoppedAsync(async () =>
        {
            await Expect(page.StaleBanner).ToContainTextAsync("Data temporarily unavailable", new() { Timeout = 15_000 });
            await Expect(page.Kpi("total_leads")).ToHaveTextAsync(leads);
            await Expect(page.Page.Locator("[data-stale='true']")).ToBeVisibleAsync();
            Output.WriteLine($"Screenshot: {await session.ScreenshotAsync("executive-stale")}");
        });

        // The change feed retries with a backoff of up to 10 s.
        await Expect(page.StaleBanner).ToBeHiddenAsync(new() { Timeout = 30_000 });
        await Expect(page.Kpi("total_leads")).ToHaveTextAsync(leads);
        await Expect(page.Page.Locator("[data-stale='false']")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ChartLibraryUnavailableOnce_ChartsAreDrawnWhenItIsBack()
    {
        var fetches = 0;
        var (session, page) = await OpenAsync(Viewports.Desktop, p => new ExecutivePage(p, "/?location_id=default"),
            beforeNavigation: p => p.RouteAsync(new Regex(@"/lib/apexcharts/apexcharts\.min\.js"), route =>
                Interlocked.Increment(ref fetches) == 1 ? route.FulfillAsync(new() { Status = 503 }) : route.ContinueAsync()));
        await using var _ = session;

        await ChartDrawing.DrawAllAsync(page.Page);

        Assert.True(fetches >= 2, $"the library was fetched {fetches} time(s)");
        Assert.Contains(session.Errors, e => e.Contains("drawing failed", StringComparison.Ordinal));
        Assert.Equal(await page.Page.Locator(".apex-chart").CountAsync(), await page.Page.Locator(".apex-chart[data-chart-ready='true']").CountAsync());
    }
}
