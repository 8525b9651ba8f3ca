using JorgeBi.E2E.Pages;
using JorgeBi.E2E.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace JorgeBi.E2E.Tests;

public sealed class SettingsTests(AppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(app, browser, output)
{
    [Theory]
    [InlineData(Viewports.Desktop)]
    [InlineData(Viewports.TabletPortrait)]
    public async Task Settings_LocationTargetSaved_ExecutivePageShowsIt(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new SettingsPage(p));
        await using var _ = session;
        var id = $"e2e-{viewport}";

        await page.AddLocationAsync(id, $"Office {viewport}", "America/Denver", "250000");
        await Expect(page.LocationRow(id).GetByTestId("location-target")).ToHaveTextAsync("$250,000");
        await Expect(page.LocationRow(id).GetByTestId("location-status")).ToHaveTextAsync("confirmed");
        await Expect(page.LocationRow("default").GetByTestId("location-status")).ToContainTextAsync("new, using defaults");

        await page.EditLocationAsync(id, "monthly-target", "-5");
        await page.SaveLocationAsync();
        await Expect(page.LocationForm).ToContainTextAsync("Must be an amount in USD");
        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync(page.Name + "-error")}");
        await page.Page.GetByTestId("location-form-monthly-target").FillAsync("300000");
        await page.SaveLocationAsync();
        await Expect(page.LocationRow(id).GetByTestId("location-target")).ToHaveTextAsync("$300,000");
        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync(page.Name)}");

        var executive = new ExecutivePage(session.Page, $"/?location_id={id}");
        await executive.GotoAsync();
        await executive.WaitUntilInteractiveAsync();
        await Expect(session.Page.Locator(".exec-target-note")).ToHaveTextAsync("of $300,000 this month");
        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync(executive.Name + "-after-settings")}");
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Settings_FitsWidth_NoConsoleErrors_AxeClean(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new SettingsPage(p));
        await using var _ = session;

        await PageChecks.AssertCleanAsync(page, session, Output);
    }
}
