using JorgeBi.Core.Settings;
using JorgeBi.Data.Access;
using JorgeBi.Web.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.E2E.Tests;

/// <summary>The owner manages accounts on the admin page, and a manager limited to one office sees that office only.</summary>
public sealed class UserAdminTests(AppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(app, browser, output)
{
    [Theory]
    [InlineData(Viewports.Desktop)]
    [InlineData(Viewports.TabletPortrait)]
    public async Task Owner_AddsAManagerOfOneOffice_WhoSeesThatOfficeOnly(string viewport)
    {
        var office = await OfficeAsync(viewport);
        var (session, admin) = await OpenAsync(viewport, p => new AdminPage(p));
        await using var _ = session;
        var username = $"mgr-{viewport}-{Guid.NewGuid():N}"[..24];

        var password = await admin.AddUserAsync(username, UserRoles.Manager, office);
        await Expect(admin.UserRow(username).GetByTestId("user-locations")).ToHaveTextAsync($"Office {viewport}");
        await Expect(admin.AuditLog).ToContainTextAsync("user.add");
        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync(admin.Name + "-user-added")}");

        await using var manager = await BrowserSession.OpenAsync(Browser.Browser, App.BaseAddress, viewport);
        var login = new LoginPage(manager.Page);
        await login.GotoAsync();
        await login.SignInAsync(username, password);
        var executive = new ExecutivePage(manager.Page);
        await manager.Page.WaitForURLAsync(url => !url.Contains("/login"));
        await executive.WaitUntilInteractiveAsync();
        // Their one office is named, not offered among others; another office's address is not found.
        await Expect(manager.Page.GetByTestId("location-picker")).ToHaveTextAsync($"Office {viewport}");
        await Expect(manager.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Location" })).ToHaveCountAsync(0);
        Output.WriteLine($"Screenshot: {await manager.ScreenshotAsync("executive-scoped-manager")}");
        var other = await manager.Page.GotoAsync("/revenue?location_id=default");
        Assert.Equal(404, other!.Status);
        await Expect(manager.Page.GetByRole(Microsoft.Playwright.AriaRole.Heading)).ToHaveTextAsync("Unknown location");
        Output.WriteLine($"Screenshot: {await manager.ScreenshotAsync("unknown-location")}");
    }

    [Theory]
    [InlineData(Viewports.Desktop)]
    [InlineData(Viewports.TabletPortrait)]
    public async Task Owner_ChangesAccess_ResetsPassword_DisablesAccount_AllAudited(string viewport)
    {
        var office = await OfficeAsync(viewport);
        var username = $"acc-{viewport}-{Guid.NewGuid():N}"[..24];
        await App.Services.GetRequiredService<UserStore>().AddAsync(username, UserRoles.Viewer, E2EUsers.Password);
        var (session, admin) = await OpenAsync(viewport, p => new AdminPage(p));
        await using var _ = session;

        await admin.ChangeUserAsync(username, UserRoles.Manager, office);
        await Expect(admin.UserRow(username).GetByTestId("user-role")).ToHaveTextAsync(UserRoles.Manager);
        await Expect(admin.UserRow(username).GetByTestId("user-locations")).ToHaveTextAsync($"Office {viewport}");

        await admin.ConfirmUserActionAsync(username, "user-reset-password", "Reset password");
        var password = (await admin.NewPassword.InnerTextAsync()).Trim();
        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync(admin.Name + "-password-reset")}");
        Assert.Equal(LoginOutcome.Success, (await App.Services.GetRequiredService<UserStore>().CheckPasswordAsync(username, password)).Outcome);

        await admin.ConfirmUserActionAsync(username, "user-disable", "Disable");
        await Expect(admin.UserRow(username).GetByTestId("user-status")).ToHaveTextAsync("disabled");
        await Expect(admin.AuditLog).ToContainTextAsync("user.disable");
        await Expect(admin.AuditLog).ToContainTextAsync("user.passwd");
        await Expect(admin.AuditLog).ToContainTextAsync("user.access");
        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync(admin.Name + "-user-disabled")}");
        Assert.Equal(LoginOutcome.Invalid, (await App.Services.GetRequiredService<UserStore>().CheckPasswordAsync(username, password)).Outcome);
    }

    // An office of its own per viewport, made before the admin page loads its list of locations.
    private async Task<string> OfficeAsync(string viewport)
    {
        var id = $"office-{viewport}";
        await App.Services.GetRequiredService<SettingsEditor>().SaveLocationAsync(id, new LocationChange(Name: $"Office {viewport}"), "e2e");
        return id;
    }
}
