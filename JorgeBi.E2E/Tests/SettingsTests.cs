using Dapper;
using JorgeBi.Core.Alerts;
using JorgeBi.Core.Settings;
using JorgeBi.Data.Alerts;
using JorgeBi.Data.Settings;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

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
    [InlineData(Viewports.Desktop)]
    [InlineData(Viewports.TabletPortrait)]
    public async Task Settings_TimeZoneChanged_ProgressOnSettingsAndItsPagesUntilTheMoveCompletes(string viewport)
    {
        var id = $"e2e-move-{viewport}";
        var store = App.Services.GetRequiredService<SettingsStore>();
        await store.SaveLocationAsync(id, new LocationChange($"Moving {viewport}", "America/Denver"), "e2e");
        var (session, page) = await OpenAsync(viewport, p => new SettingsPage(p));
        await using var _ = session;

        // Holding the aggregator's lock keeps the move queued while the pages are looked at.
        var conn = await App.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        await using (conn)
        await using (var held = await conn.BeginTransactionAsync())
        {
            await conn.ExecuteAsync("select pg_advisory_xact_lock(hashtext('jorgebi.ingest'))", transaction: held);
            await page.EditLocationAsync(id, "time-zone", "America/New_York");
            await page.SaveLocationAsync();
            await Expect(page.Page.GetByTestId("location-saved")).ToContainTextAsync("being re-bucketed into America/New_York");
            await Expect(page.LocationRow(id).GetByTestId("location-rebucket")).ToContainTextAsync("moving to America/New_York");
            Output.WriteLine($"Screenshot: {await session.ScreenshotAsync(page.Name + "-moving")}");

            var executive = new ExecutivePage(session.Page, $"/?location_id={id}");
            await executive.GotoAsync();
            await executive.WaitUntilInteractiveAsync();
            await Expect(session.Page.GetByTestId("rebucket-banner")).ToContainTextAsync($"Moving {viewport} is moving from America/Denver to America/New_York");
            Output.WriteLine($"Screenshot: {await session.ScreenshotAsync(executive.Name + "-moving")}");
        }

        await Expect(session.Page.GetByTestId("rebucket-banner")).ToBeHiddenAsync(new() { Timeout = 60_000 });
        Assert.Equal("America/New_York", (await store.FindLocationAsync(id))!.TimeZone);
    }

    [Theory]
    [InlineData(Viewports.Desktop)]
    [InlineData(Viewports.TabletPortrait)]
    public async Task Settings_AlertRulesHoursAndDigest_SavedAndShown(string viewport)
    {
        var location = $"e2e-hours-{viewport}";
        await App.Services.GetRequiredService<SettingsStore>().SaveLocationAsync(location, new LocationChange($"Tokyo {viewport}", "Asia/Tokyo"), "e2e");
        var (session, page) = await OpenAsync(viewport, p => new SettingsPage(p));
        await using var _ = session;
        var tuning = App.Services.GetRequiredService<AlertSettingsStore>();
        try
        {
            var minutes = viewport == Viewports.Desktop ? "45" : "50";
            await page.SetAlertSettingAsync(AlertTuningFields.SilenceMinutes, minutes);
            await Expect(page.Page.GetByTestId("alert-rules-saved")).ToBeVisibleAsync();
            await Expect(page.AlertRules.Locator("[data-rule='silence']")).ToContainTextAsync("Default: 60 (changed)");
            Assert.Equal(int.Parse(minutes), (await tuning.ReadTuningAsync()).SilenceMinutes);
            await page.AlertRules.ScreenshotAsync(new() { Path = Artifacts.Screenshot($"settings-alert-rules-{viewport}") });

            await page.SetAlertSettingAsync(AlertTuningFields.AnomalySensitivity, "3");
            await Expect(page.AlertRules.Locator("[data-rule='anomaly']")).ToContainTextAsync("Must be from 0.1");
            await page.AlertRules.Locator("[data-rule='anomaly']").ScreenshotAsync(new() { Path = Artifacts.Screenshot($"settings-alert-rules-error-{viewport}") });

            await page.SetBusinessHoursAsync(location, ["monday", "tuesday", "wednesday", "thursday", "friday"], "09:00", "17:30");
            await Expect(page.HoursRow(location).GetByTestId("hours-value")).ToHaveTextAsync("Mon, Tue, Wed, Thu, Fri 09:00-17:30");
            await page.BusinessHours.ScreenshotAsync(new() { Path = Artifacts.Screenshot($"settings-business-hours-{viewport}") });

            var email = $"owner-{viewport}@jorgebi.test";
            await page.AddDigestAsync(email);
            await Expect(page.DigestRow(email)).ToContainTextAsync("daily");
            await page.Page.GetByTestId("digest-form").ScreenshotAsync(new() { Path = Artifacts.Screenshot($"settings-digests-{viewport}") });
            Output.WriteLine($"Screenshot: {await session.ScreenshotAsync(page.Name + "-alerts")}");
        }
        finally
        {
            await tuning.SaveTuningAsync(new AlertTuning(), "e2e");
        }
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
