namespace JorgeBi.E2E.Support;

/// <summary>
/// A fresh browser context and page at one viewport, recording every console error, uncaught
/// page error and failed request so a test can assert there were none.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _errors = [];

    private BrowserSession(IBrowserContext context, IPage page, string viewport)
    {
        _context = context;
        Page = page;
        Viewport = viewport;
        page.Console += (_, m) => { if (m.Type == "error") Record($"console: {m.Text} [{m.Location}]"); };
        page.PageError += (_, e) => Record($"page error: {e}");
        // A response the browser could not use (a body it cannot decode, a refused connection)
        // breaks the page as surely as a script error. ERR_ABORTED is the browser cancelling
        // its own request, e.g. on navigation.
        page.RequestFailed += (_, r) => { if (r.Failure != "net::ERR_ABORTED") Record($"request failed: {r.Url} {r.Failure}"); };
    }

    public IPage Page { get; }
    public string Viewport { get; }

    public IReadOnlyList<string> Errors { get { lock (_errors) return [.. _errors]; } }

    /// <param name="storageState">Cookies of a signed-in user (<see cref="SignIns"/>), or null to start signed out.</param>
    public static async Task<BrowserSession> OpenAsync(IBrowser browser, Uri baseAddress, string viewport, string? storageState = null)
    {
        var context = await browser.NewContextAsync(new()
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = Viewports.Size(viewport),
            Locale = "en-US",
            TimezoneId = "America/Los_Angeles",
            StorageState = storageState,
            AcceptDownloads = true,
        });
        // Fail within seconds, not Playwright's 30 s: the app answers locally in well under one.
        context.SetDefaultTimeout(10_000);
        return new BrowserSession(context, await context.NewPageAsync(), viewport);
    }

    /// <summary>A full-page PNG, charts drawn, named after the page and this session's viewport; returns its path.</summary>
    public async Task<string> ScreenshotAsync(string pageName)
    {
        await ChartDrawing.DrawAllAsync(Page);
        var path = Artifacts.Screenshot($"{pageName}-{Viewport}");
        await Page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    private void Record(string error) { lock (_errors) _errors.Add(error); }
}
