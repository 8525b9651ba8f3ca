using JorgeBi.Data.Alerts;
using JorgeBi.Web.Alerts;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.E2E.Tests;

/// <summary>
/// A round of the real alert monitor over the demo data, then the bell and the admin page
/// show what it recorded (a later background round finds the same conditions: no change).
/// </summary>
public sealed class AlertsTests(AppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(app, browser, output)
{
    [Theory]
    [InlineData(Viewports.Desktop)]
    [InlineData(Viewports.TabletPortrait)]
    public async Task Bell_CountsTheFiringAlerts_ItsMenuAndTheAdminPageListThem(string viewport)
    {
        await App.Services.GetRequiredService<AlertMonitor>().EvaluateAsync(default);
        var firing = await App.Services.GetRequiredService<AlertStore>().FiringAsync();
        Output.WriteLine($"Firing: {string.Join("; ", firing.Select(a => a.AlertKey))}");

        var (session, page) = await OpenAsync(viewport, p => new AdminPage(p));
        await using var _ = session;

        var bell = page.Page.GetByTestId("alert-bell").Locator("button");
        await Expect(bell).ToHaveAttributeAsync("aria-label", firing.Count switch { 0 => "Alerts: none firing", 1 => "Alerts: 1 firing", var n => $"Alerts: {n} firing" });
        await Expect(page.Page.GetByTestId("alert-firing-row")).ToHaveCountAsync(firing.Count);
        await Expect(page.Page.GetByTestId("alert-rule-row")).ToHaveCountAsync(6);
        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync(page.Name + "-alerts")}");

        await bell.ClickAsync();
        if (firing.Count == 0) await Expect(page.Page.GetByTestId("alert-none")).ToBeVisibleAsync();
        else await Expect(page.Page.GetByTestId("alert-item")).ToHaveCountAsync(firing.Count);
        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync(page.Name + "-alert-bell")}");
    }
}
