namespace JorgeBi.E2E.Tests;

public sealed class AdminTests(AppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(app, browser, output)
{
    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Admin_CreateKey_ShownOnceThenRevoked(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new AdminPage(p));
        await using var _ = session;
        var name = $"e2e-{viewport}-{Guid.NewGuid():N}"[..24];

        var key = await page.CreateKeyAsync(name);
        Assert.StartsWith("jbi_", key);
        await Expect(page.KeyRow(name).GetByTestId("api-key-status")).ToHaveTextAsync("active");
        await Expect(page.AuditLog).ToContainTextAsync("apikey.create");
        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync(page.Name + "-new-key")}");

        await page.Page.ReloadAsync();
        await page.WaitUntilInteractiveAsync();
        await Expect(page.KeyRow(name)).ToBeVisibleAsync();
        await Expect(page.NewKey).ToHaveCountAsync(0);
        Assert.DoesNotContain(key, await page.Page.ContentAsync());

        await page.RevokeAsync(name);
        await Expect(page.KeyRow(name).GetByTestId("api-key-status")).ToHaveTextAsync("revoked");
        await Expect(page.AuditLog).ToContainTextAsync("apikey.revoke");
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Admin_ShowsUsersHealthAndAudit(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new AdminPage(p));
        await using var _ = session;

        await Expect(page.Users).ToContainTextAsync(E2EUsers.UsernameFor("viewer"));
        await Expect(page.Page.GetByTestId("health-database")).ToHaveTextAsync("healthy");
        await Expect(page.Page.GetByTestId("health-change-feed")).ToHaveTextAsync("healthy");
        await Expect(page.Page.GetByTestId("health-change-feed-detail")).ToContainTextAsync("listening");
        await Expect(page.AuditLog).ToContainTextAsync("login");
        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync(page.Name)}");
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Admin_FitsWidth_NoConsoleErrors_AxeClean(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new AdminPage(p));
        await using var _ = session;

        await PageChecks.AssertCleanAsync(page, session, Output);
    }
}
