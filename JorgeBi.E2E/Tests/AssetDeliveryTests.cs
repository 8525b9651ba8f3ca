using System.Text.Json;

namespace JorgeBi.E2E.Tests;

/// <summary>
/// On every page the browser receives every stylesheet and script compressed and decodes it:
/// no failed request (ERR_CONTENT_DECODING_FAILED among them), no console error, and the page
/// still fits a tablet's width with its styles applied.
/// </summary>
public sealed class AssetDeliveryTests(AppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(app, browser, output)
{
    public static TheoryData<string> PageNames => [.. AllPages.ByName.Keys];

    [Theory]
    [MemberData(nameof(PageNames))]
    public async Task Page_AtTablet_LoadsEveryStylesheetAndScriptCompressed_WithoutFailedRequests(string name)
    {
        var (session, page) = await OpenAsync(Viewports.TabletPortrait, AllPages.ByName[name]);
        await using var _ = session;

        await PageChecks.AssertFitsWidthWithoutConsoleErrorsAsync(page, session, Output);
        var assets = await StylesheetsAndScriptsAsync(page.Page);
        foreach (var a in assets) Output.WriteLine($"{a.Url}: {a.Encoded} bytes received, {a.Decoded} decoded");

        Assert.Contains(assets, a => a.Url.Contains("MudBlazor.min.css", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.Url.Contains("blazor.web", StringComparison.Ordinal));
        Assert.All(assets, a => Assert.True(a.Encoded < a.Decoded, $"{a.Url} arrived uncompressed ({a.Encoded} bytes)"));
        // MudBlazor's stylesheet applied: the app bar is fixed at the top, not in the page flow.
        Assert.Equal("fixed", await page.Page.Locator(".mud-appbar").First.EvaluateAsync<string>("e => getComputedStyle(e).position"));
    }

    private sealed record Received(string Url, long Encoded, long Decoded);

    /// <summary>Every same-origin stylesheet and script the page fetched, with the bytes on the wire and after decoding.</summary>
    private static async Task<IReadOnlyList<Received>> StylesheetsAndScriptsAsync(IPage page) =>
        JsonSerializer.Deserialize<Received[]>(await page.EvaluateAsync<string>("""
            () => JSON.stringify(performance.getEntriesByType('resource')
                .filter(e => e.name.startsWith(location.origin) && /\.(css|js)(\?|$)/.test(e.name))
                .map(e => ({ url: e.name, encoded: e.encodedBodySize, decoded: e.decodedBodySize })))
            """), JsonSerializerOptions.Web)!;
}
