using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using JorgeBi.Web.Components.Charts;
using Microsoft.AspNetCore.Hosting;

namespace JorgeBi.Tests.Api;

/// <summary>
/// Every stylesheet and script a page loads goes out br- or gzip-compressed when accepted, decodes
/// to exactly the uncompressed bytes, and is cached sensibly: fingerprinted URLs for a year as
/// immutable, plain URLs revalidated by ETag. Checked under the environment ./run.sh uses and
/// under Development, which the browser tests run in: there the framework's edit-while-running
/// mode once sent MudBlazor.min.css as gzip labelled br, which browsers cannot decode.
/// </summary>
public abstract partial class StaticAssetDeliveryTests(ApiFactory app)
{
    private const string YearImmutable = "max-age=31536000, immutable";

    public sealed class OutsideDevelopment(ApiFactory app) : StaticAssetDeliveryTests(app), IClassFixture<ApiFactory>;

    public sealed class InDevelopment(InDevelopment.Factory app) : StaticAssetDeliveryTests(app), IClassFixture<InDevelopment.Factory>
    {
        public sealed class Factory : ApiFactory
        {
            protected override void ConfigureWebHost(IWebHostBuilder builder)
            {
                base.ConfigureWebHost(builder);
                builder.UseEnvironment("Development");
            }
        }
    }

    [GeneratedRegex("<(?:link rel=\"stylesheet\" href|script src)=\"([^\"]+)\"")]
    private static partial Regex AssetReference();

    // The SDK's fingerprint: ten lower-case letters or digits before the extension.
    [GeneratedRegex(@"\.[a-z0-9]{10}(?=\.(?:styles\.)?(?:css|js)$)")]
    private static partial Regex Fingerprint();

    private static bool Fingerprinted(string url) => Fingerprint().IsMatch(url);

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task EveryAssetThePagesLoad_CompressedWhenAccepted_DecodesToTheUncompressedBytes(string encoding)
    {
        foreach (var asset in await AssetsThePagesLoadAsync())
        {
            var plain = await GetAsync(asset, acceptEncoding: null);
            var compressed = await GetAsync(asset, encoding);

            Assert.True(plain.StatusCode == HttpStatusCode.OK, $"{asset}: {plain.StatusCode}");
            Assert.Empty(plain.Content.Headers.ContentEncoding);
            Assert.True(compressed.Content.Headers.ContentEncoding.SequenceEqual([encoding]), $"{asset} is not served as {encoding}");
            Assert.Contains("Accept-Encoding", compressed.Headers.Vary);
            var plainBytes = await plain.Content.ReadAsByteArrayAsync();
            var compressedBytes = await compressed.Content.ReadAsByteArrayAsync();
            Assert.True(compressedBytes.Length < plainBytes.Length, $"{asset}: {compressedBytes.Length} bytes as {encoding}, {plainBytes.Length} plain");
            Assert.True(plainBytes.SequenceEqual(Decode(compressedBytes, encoding)), $"{asset} as {encoding} does not decode to the plain bytes");
        }
    }

    [Fact]
    public async Task FingerprintedAssets_AreCachedForAYearAsImmutable()
    {
        var fingerprinted = (await AssetsThePagesLoadAsync()).Where(Fingerprinted).ToList();

        Assert.Contains(fingerprinted, a => a.Contains("blazor.web", StringComparison.Ordinal));
        Assert.Contains(fingerprinted, a => a.StartsWith("/css/app.", StringComparison.Ordinal));
        Assert.Contains(fingerprinted, a => a.EndsWith(".styles.css", StringComparison.Ordinal));
        foreach (var asset in fingerprinted)
        {
            var response = await GetAsync(asset, "br");
            Assert.True(response.Headers.CacheControl?.ToString() == YearImmutable, $"{asset}: Cache-Control {response.Headers.CacheControl}");
        }
    }

    [Fact]
    public async Task PlainUrlAssets_AreRevalidatedByETag_AndAnswer304WhenUnchanged()
    {
        var plainUrls = (await AssetsThePagesLoadAsync()).Where(a => !Fingerprinted(a)).ToList();

        Assert.Contains("/_content/MudBlazor/MudBlazor.min.css", plainUrls);
        foreach (var asset in plainUrls)
        {
            var response = await GetAsync(asset, "br");
            Assert.True(response.Headers.CacheControl?.NoCache == true, $"{asset}: Cache-Control {response.Headers.CacheControl}");
            Assert.NotNull(response.Headers.ETag);

            var again = new HttpRequestMessage(HttpMethod.Get, asset);
            again.Headers.AcceptEncoding.ParseAdd("br");
            again.Headers.IfNoneMatch.Add(response.Headers.ETag);
            Assert.Equal(HttpStatusCode.NotModified, (await app.CreateClient().SendAsync(again)).StatusCode);
        }
    }

    /// <summary>
    /// The stylesheets and scripts of the page shell (the same on every page), the chart module
    /// that the first chart imports and the ApexCharts bundle it imports, every script under js/
    /// and every module a page imports from beside its component (*.razor.js).
    /// </summary>
    private async Task<IReadOnlyList<string>> AssetsThePagesLoadAsync()
    {
        var shell = await app.CreateClient().GetStringAsync("/login");
        var referenced = AssetReference().Matches(shell).Select(m => "/" + m.Groups[1].Value.TrimStart('/')).ToList();
        Assert.Contains(referenced, a => a.Contains("MudBlazor.min.css", StringComparison.Ordinal));
        Assert.Contains(referenced, a => a.Contains("MudBlazor.min.js", StringComparison.Ordinal));
        Assert.Contains(referenced, a => a.Contains("blazor.web", StringComparison.Ordinal));

        var web = Path.Combine(RepositoryRoot.Path, "JorgeBi.Web");
        var scripts = Directory.EnumerateFiles(Path.Combine(web, "wwwroot", "js"), "*.js")
            .Select(f => "/js/" + Path.GetFileName(f))
            .Where(plain => !referenced.Any(r => Fingerprint().Replace(r, "") == plain));
        var pageModules = Directory.EnumerateFiles(Path.Combine(web, "Components"), "*.razor.js", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(web, f).Replace('\\', '/'));
        string[] imported = [ApexChart.ModulePath.TrimStart('.'), "/lib/apexcharts/apexcharts.min.js"];
        return [.. referenced, .. imported, .. scripts.Except(imported), .. pageModules];
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? acceptEncoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding is not null) request.Headers.AcceptEncoding.ParseAdd(acceptEncoding);
        return await app.CreateClient().SendAsync(request);
    }

    private static byte[] Decode(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br"
            ? new BrotliStream(input, CompressionMode.Decompress)
            : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
