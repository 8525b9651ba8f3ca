using JorgeBi.Data.Access;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.E2E.Tests;

/// <summary>Who may open which page, as a signed-in viewer, manager or a visitor sees it.</summary>
[Collection(E2ECollection.Name)]
public sealed class RolesTests(AppFixture app, BrowserFixture browser, ITestOutputHelper output)
{
    public static TheoryData<string, string> ViewerForbidden => Cross(["/commissions", "/admin", "/revenue"]);
    public static TheoryData<string, string> ManagerForbidden => Cross(["/commissions", "/admin"]);

    [Theory]
    [MemberData(nameof(ViewerForbidden))]
    public async Task Viewer_OwnerAndAnalystPages_ShowForbidden(string viewport, string path)
    {
        await using var session = await SignedInAsync(UserRoles.Viewer, viewport);

        await AssertForbiddenAsync(session, path);
        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync("forbidden-viewer" + path.Replace('/', '-'))}");
    }

    [Theory]
    [MemberData(nameof(ManagerForbidden))]
    public async Task Manager_OwnerPages_ShowForbidden(string viewport, string path)
    {
        await using var session = await SignedInAsync(UserRoles.Manager, viewport);

        await AssertForbiddenAsync(session, path);
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Manager_Revenue_Opens(string viewport)
    {
        await using var session = await SignedInAsync(UserRoles.Manager, viewport);

        await OpenAsync(session, "/revenue");
        await Expect(session.Page.GetByTestId("forbidden")).ToHaveCountAsync(0);
        await Expect(session.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).Not.ToHaveTextAsync("Page not found");
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Viewer_Navigation_HidesAnalystAndOwnerLinks(string viewport)
    {
        await using var session = await SignedInAsync(UserRoles.Viewer, viewport);
        await OpenAsync(session, "/");

        await Expect(session.Page.GetByTestId("nav-executive")).ToHaveCountAsync(1);
        foreach (var link in new[] { "nav-revenue", "nav-live", "nav-commissions", "nav-settings", "nav-admin" })
        {
            await Expect(session.Page.GetByTestId(link)).ToHaveCountAsync(0);
        }
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Manager_Navigation_ShowsAnalystLinksOnly(string viewport)
    {
        await using var session = await SignedInAsync(UserRoles.Manager, viewport);
        await OpenAsync(session, "/");

        await Expect(session.Page.GetByTestId("nav-revenue")).ToHaveCountAsync(1);
        await Expect(session.Page.GetByTestId("nav-live")).ToHaveCountAsync(1);
        await Expect(session.Page.GetByTestId("nav-commissions")).ToHaveCountAsync(0);
        await Expect(session.Page.GetByTestId("nav-settings")).ToHaveCountAsync(0);
        await Expect(session.Page.GetByTestId("nav-admin")).ToHaveCountAsync(0);
    }

    [Theory]
    [MemberData(nameof(ViewerForbidden))]
    public async Task SignedOut_ProtectedPage_RedirectsToLogin(string viewport, string path)
    {
        await using var session = await BrowserSession.OpenAsync(browser.Browser, app.BaseAddress, viewport);

        await session.Page.GotoAsync(path);

        await session.Page.WaitForURLAsync(url => url.Contains("/login"));
        await Expect(session.Page.GetByLabel("Password")).ToBeVisibleAsync();
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Forbidden_FitsWidth_NoConsoleErrors_AxeClean(string viewport)
    {
        await using var session = await SignedInAsync(UserRoles.Viewer, viewport);
        await AssertForbiddenAsync(session, "/admin");

        await PageChecks.AssertCleanAsync(new Shell(session.Page), session, Output);
    }

    [Fact]
    public async Task SignOut_FromTheUserMenu_EndsTheSession()
    {
        // A user of its own: signing out ends every session of the user, and the shared ones must live on.
        var username = $"e2e-out-{Guid.NewGuid():N}"[..20];
        await app.Services.GetRequiredService<UserStore>().AddAsync(username, UserRoles.Viewer, E2EUsers.Password);
        await using var session = await BrowserSession.OpenAsync(browser.Browser, app.BaseAddress, Viewports.Desktop);
        var login = new LoginPage(session.Page);
        await login.GotoAsync();
        await login.SignInAsync(username, E2EUsers.Password);
        await OpenAsync(session, "/");

        await session.Page.GetByTestId("user-menu").ClickAsync();
        await session.Page.GetByTestId("logout").ClickAsync();

        await session.Page.WaitForURLAsync(url => url.Contains("/login"));
        await session.Page.GotoAsync("/");
        await session.Page.WaitForURLAsync(url => url.Contains("/login"));
        await Expect(session.Page.GetByLabel("Password")).ToBeVisibleAsync();
    }

    private ITestOutputHelper Output => output;

    private async Task<BrowserSession> SignedInAsync(string role, string viewport) =>
        await BrowserSession.OpenAsync(browser.Browser, app.BaseAddress, viewport, await browser.SignIns.StateForAsync(role, app.BaseAddress));

    private static async Task OpenAsync(BrowserSession session, string path)
    {
        await session.Page.GotoAsync(path);
        await session.Page.Locator(".app-root[data-interactive='true']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    private static async Task AssertForbiddenAsync(BrowserSession session, string path)
    {
        await OpenAsync(session, path);
        await Expect(session.Page.GetByTestId("forbidden")).ToBeVisibleAsync();
        await Expect(session.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Not available for your role");
    }

    private static TheoryData<string, string> Cross(string[] paths)
    {
        var data = new TheoryData<string, string>();
        foreach (var viewport in Viewports.All) foreach (var path in paths) data.Add(viewport, path);
        return data;
    }

    /// <summary>Any page, for the layout-level checks.</summary>
    private sealed class Shell(IPage page) : Pages.AppShell(page)
    {
        public override string Name => "forbidden";
        public override Task GotoAsync() => Task.CompletedTask;
        public override Task WaitUntilInteractiveAsync() => Task.CompletedTask;
    }
}
