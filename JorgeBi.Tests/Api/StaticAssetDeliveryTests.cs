using System.Net;
using System.Text.RegularExpressions;
using JorgeBi.Tests.Support;

namespace JorgeBi.Tests.Api;

/// <summary>Every stylesheet and script a page loads goes out brotli-compressed and with caching headers.</summary>
public sealed partial class StaticAssetDeliveryTests(ApiFactory app) : IClassFixture<ApiFactory>
{
    [GeneratedRegex("<(?:link rel=\"stylesheet\" href|script src)=\"([^\"]+)\"")]
    private static partial Regex AssetReference();

    [Fact]
    public async Task EveryStylesheetAndScriptOfThePage_IsServedBrotliWithCacheControl()
    {
        var page = await app.CreateClient().GetStringAsync("/login");
        var assets = AssetReference().Matches(page).Select(m => "/" + m.Groups[1].Value.TrimStart('/')).ToList();

        Assert.Contains(assets, a => a.Contains("MudBlazor.min.css"));
        Assert.Contains(assets, a => a.Contains("MudBlazor.min.js"));
        Assert.Contains(assets, a => a.Contains("blazor.web"));
        Assert.Contains(assets, a => a.StartsWith("/css/app", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            await AssertBrotliAndCached(asset);
        }
    }

    [Theory]
    [InlineData("/js/apexChart.js")]
    [InlineData("/lib/apexcharts/apexcharts.min.js")]
    public async Task ChartScriptsImportedOnDemand_AreServedBrotliWithCacheControl(string path) =>
        await AssertBrotliAndCached(path);

    [Fact]
    public async Task FingerprintedFrameworkScript_IsCachedForAYearAsImmutable()
    {
        var page = await app.CreateClient().GetStringAsync("/login");
        var script = AssetReference().Matches(page).Select(m => m.Groups[1].Value).Single(a => a.Contains("blazor.web"));

        var response = await GetWithBrotli("/" + script);

        Assert.Matches(@"blazor\.web\.[a-z0-9]+\.js$", script);
        Assert.Equal("br", response.Content.Headers.ContentEncoding.Single());
        Assert.Equal("max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
    }

    private async Task AssertBrotliAndCached(string path)
    {
        var response = await GetWithBrotli(path);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.True(response.Content.Headers.ContentEncoding.SequenceEqual(["br"]), $"{path} is not served as br");
        Assert.NotNull(response.Headers.CacheControl);
        Assert.True(response.Headers.ETag is not null || response.Headers.CacheControl.MaxAge is not null, $"{path} has neither ETag nor max-age");
    }

    private async Task<HttpResponseMessage> GetWithBrotli(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.ParseAdd("br");
        return await app.CreateClient().SendAsync(request);
    }
}
