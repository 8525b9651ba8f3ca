using Microsoft.Playwright;

namespace JorgeBi.Bench.Support;

/// <summary>
/// Headless Debian Chromium signed in as the bench user through the real login form; one
/// context, so every page it opens is a dashboard circuit of the same session.
/// </summary>
public sealed class DashboardBrowser : IAsyncDisposable
{
    private const string ChromiumPath = "/usr/bin/chromium";

    // Background networking off (a closed network); few renderer processes, so hundreds of
    // tabs fit in memory: the app's circuits are what is measured, not Chromium.
    private static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--renderer-process-limit=4",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private DashboardBrowser(IPlaywright playwright, IBrowser browser, IBrowserContext context)
    {
        _playwright = playwright;
        _browser = browser;
        Context = context;
    }

    public IBrowserContext Context { get; }

    public static async Task<DashboardBrowser> SignInAsync(Uri baseAddress, string userName, string password)
    {
        if (!File.Exists(ChromiumPath)) throw new InvalidOperationException($"{ChromiumPath} is missing: apt-get install -y chromium");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = Args });
        var context = await browser.NewContextAsync(new() { BaseURL = baseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByLabel("Username").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login"));
        await page.CloseAsync();
        return new DashboardBrowser(playwright, browser, context);
    }

    /// <summary>Opens the executive dashboard and waits until its circuit is interactive.</summary>
    public async Task<IPage> OpenDashboardAsync(string path = "/")
    {
        var page = await Context.NewPageAsync();
        await page.GotoAsync(path);
        // The layout sets data-interactive after its first interactive render.
        await page.Locator(".app-root[data-interactive='true']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 120_000 });
        return page;
    }

    /// <summary>The session cookie as a Cookie header, for plain HTTP page requests.</summary>
    public async Task<string> CookieHeaderAsync() =>
        string.Join("; ", (await Context.CookiesAsync()).Select(c => $"{c.Name}={c.Value}"));

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
