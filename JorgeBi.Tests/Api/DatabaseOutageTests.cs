using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JorgeBi.Data.Access;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Tests.Api;

/// <summary>
/// A database that goes away while the app runs: the API answers 503 problem+json with
/// Retry-After, readiness fails while liveness holds, and all recover when it is back.
/// Runs on a cluster of its own, since it really stops PostgreSQL.
/// </summary>
public sealed class DatabaseOutageTests() : OwnClusterApp("outage")
{
    [Fact]
    public async Task DatabaseStopped_Api503WithRetryAfter_ReadyFails_LiveHolds_ThenRecovers()
    {
        var client = App.CreateClient();
        var key = await App.Services.GetRequiredService<ApiKeyStore>().CreateAsync("outage", [ApiKeyScopes.BiRead]);
        client.DefaultRequestHeaders.Authorization = new("Bearer", key.Key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/bi/bot-performance?force_refresh=true")).StatusCode);

        await StopDatabaseAsync();
        var kpis = await client.GetAsync("/api/bi/bot-performance?force_refresh=true");
        var ready = await client.GetAsync("/health/ready");
        var live = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, kpis.StatusCode);
        Assert.NotNull(kpis.Headers.RetryAfter);
        var problem = await kpis.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.DoesNotContain("Npgsql", await kpis.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.True(live.StatusCode == HttpStatusCode.OK, await live.Content.ReadAsStringAsync());

        await StartDatabaseAsync();
        // Pooled connections to the old server fail once each; the app recovers without a restart
        // (the bound only ends a wait that would never succeed).
        var recovered = System.Diagnostics.Stopwatch.StartNew();
        while ((await client.GetAsync("/health/ready")).StatusCode != HttpStatusCode.OK && recovered.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(200);
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/bi/bot-performance?force_refresh=true")).StatusCode);
    }

    [Fact]
    public async Task DatabaseRestarted_FirstReadsOverStalePooledConnections_AnswerWithoutError()
    {
        var client = App.CreateClient();
        var key = await App.Services.GetRequiredService<ApiKeyStore>().CreateAsync("restart", [ApiKeyScopes.BiRead]);
        client.DefaultRequestHeaders.Authorization = new("Bearer", key.Key);
        // Parallel reads leave several connections idle in the pool, all broken by the restart.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.GetAsync("/api/bi/dashboard-kpis?force_refresh=true")));

        await StopDatabaseAsync();
        await StartDatabaseAsync();
        var reads = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.GetAsync("/api/bi/dashboard-kpis?force_refresh=true")));

        Assert.All(reads, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }

    [Fact]
    public async Task DatabaseStopped_SignedInBrowser_GetsAnUnavailablePage_NeverA500()
    {
        await App.Services.GetRequiredService<UserStore>().AddAsync("outage-viewer", UserRoles.Viewer, "a-long-enough-password");
        var browser = BrowserlessLogin.Client(App);
        await BrowserlessLogin.PostAsync(browser, "outage-viewer", "a-long-enough-password", "/");
        browser.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        await StopDatabaseAsync();
        var page = await browser.GetAsync("/");
        var login = await browser.GetAsync("/login");
        // A page already open keeps loading what it loads late, as the charts' library.
        var script = await browser.GetAsync("/lib/apexcharts/apexcharts.min.js");
        await StartDatabaseAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.StartsWith("text/html", page.Content.Headers.ContentType?.ToString());
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Data temporarily unavailable", html);
        Assert.DoesNotContain("Npgsql", html);
        Assert.NotNull(page.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.True((int)login.StatusCode < 500 || login.StatusCode == HttpStatusCode.ServiceUnavailable, $"/login answered {(int)login.StatusCode}");
    }
}
