namespace JorgeBi.E2E.Tests;

/// <summary>
/// Every page in dark mode, charts drawn in their dark colours, has no serious or critical
/// axe violation (contrast above all) at every viewport. The sign-in page has no theme
/// toggle; it is checked in a browser that prefers a dark colour scheme.
/// </summary>
public sealed class DarkModeAccessibilityTests(AppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(app, browser, output)
{
    public static TheoryData<string, string> PagesAtViewports()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in AllPages.ByName.Keys)
        {
            foreach (var viewport in Viewports.All) data.Add(page, viewport);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PagesAtViewports))]
    public async Task Page_DarkMode_NoSeriousAxeViolations(string name, string viewport)
    {
        var (session, page) = await OpenAsync(viewport, AllPages.ByName[name]);
        await using var _ = session;

        await page.ToggleDarkModeAsync();
        await page.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await ChartDrawing.DrawAllAsync(page.Page);   // the charts redraw in dark colours

        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync(page.Name + "-dark")}");
        await AssertNoSeriousAxeViolationsAsync(page);
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Login_PrefersDarkScheme_NoSeriousAxeViolations(string viewport)
    {
        await using var session = await BrowserSession.OpenAsync(Browser.Browser, App.BaseAddress, viewport);
        await session.Page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        var login = new LoginPage(session.Page);

        await login.GotoAsync();
        await Expect(login.Submit).ToBeVisibleAsync();

        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync("login-dark")}");
        await PageChecks.AssertNoSeriousAxeViolationsAsync(session.Page, Output);
    }
}
