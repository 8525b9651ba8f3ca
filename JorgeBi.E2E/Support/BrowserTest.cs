using System.Diagnostics;

namespace JorgeBi.E2E.Support;

/// <summary>
/// Base of browser test classes: the shared app and browser, and the one step every test
/// starts with: a fresh session at a viewport with a page loaded and interactive.
/// </summary>
[Collection(E2ECollection.Name)]
public abstract class BrowserTest(AppFixture app, BrowserFixture browser, ITestOutputHelper output)
{
    protected ITestOutputHelper Output { get; } = output;

    protected AppFixture App { get; } = app;

    protected BrowserFixture Browser { get; } = browser;

    /// <summary>Opens a page signed in as <paramref name="role"/> (owner by default).</summary>
    /// <param name="beforeNavigation">Set-up of the browser page before it loads, e.g. a route that fails a request.</param>
    protected async Task<(BrowserSession Session, TPage Page)> OpenAsync<TPage>(
        string viewport, Func<IPage, TPage> create, string role = JorgeBi.Data.Access.UserRoles.Owner, Func<IPage, Task>? beforeNavigation = null)
        where TPage : AppShell
    {
        Output.WriteLine($"Once per run: cluster + app start {App.StartupTime.TotalSeconds:F1} s, demo seed {App.SeedTime.TotalSeconds:F1} s");
        var state = await Browser.SignIns.StateForAsync(role, App.BaseAddress);
        var session = await BrowserSession.OpenAsync(Browser.Browser, App.BaseAddress, viewport, state);
        if (beforeNavigation is not null) await beforeNavigation(session.Page);
        var page = create(session.Page);
        var clock = Stopwatch.StartNew();
        await page.GotoAsync();
        await page.WaitUntilInteractiveAsync();
        Output.WriteLine($"{page.Name} at {viewport}: interactive {clock.ElapsedMilliseconds} ms after navigation started");
        return (session, page);
    }

    /// <summary>axe-core finds nothing serious or critical on the page as it is now (every finding is logged).</summary>
    protected Task AssertNoSeriousAxeViolationsAsync(AppShell page) => PageChecks.AssertNoSeriousAxeViolationsAsync(page, Output);
}
