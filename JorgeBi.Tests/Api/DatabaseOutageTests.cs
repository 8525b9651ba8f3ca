using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JorgeBi.Data.Access;
using JorgeBi.Data.Postgres;
using JorgeBi.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Tests.Api;

/// <summary>
/// A database that goes away while the app runs: the API answers 503 problem+json with
/// Retry-After, readiness fails while liveness holds, and all recover when it is back.
/// Runs on a cluster of its own, since it really stops PostgreSQL.
/// </summary>
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private readonly PostgresCluster _cluster = new(Path.Combine(Path.GetTempPath(), "jorgebi-outage-" + Guid.NewGuid().ToString("N")[..8]), throwaway: true);
    private WebApplicationFactory<Program> _app = null!;

    public async Task InitializeAsync()
    {
        await _cluster.StartAsync();
        await _cluster.CreateDatabaseIfMissingAsync("outage");
        var cs = _cluster.ConnectionString("outage") + ";Timeout=3;Command Timeout=5";
        _app = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            b.UseSetting("ConnectionStrings:Postgres", cs);
            b.UseSetting("Serilog:MinimumLevel:Default", "Fatal");
        });
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _cluster.StopAsync();
        Directory.Delete(_cluster.RootDirectory, recursive: true);
    }

    [Fact]
    public async Task DatabaseStopped_Api503WithRetryAfter_ReadyFails_LiveHolds_ThenRecovers()
    {
        var client = _app.CreateClient();
        var key = await _app.Services.GetRequiredService<ApiKeyStore>().CreateAsync("outage", [ApiKeyScopes.BiRead]);
        client.DefaultRequestHeaders.Authorization = new("Bearer", key.Key);
        var port = _cluster.Port;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/bi/bot-performance?force_refresh=true")).StatusCode);

        await _cluster.StopAsync();
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

        await _cluster.StartAsync(port);
        // Pooled connections to the old server fail once each; recovery must take under 10 s.
        var recovered = System.Diagnostics.Stopwatch.StartNew();
        while ((await client.GetAsync("/health/ready")).StatusCode != HttpStatusCode.OK && recovered.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(200);
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/bi/bot-performance?force_refresh=true")).StatusCode);
    }

    [Fact]
    public async Task DatabaseRestarted_FirstReadsOverStalePooledConnections_AnswerWithoutError()
    {
        var client = _app.CreateClient();
        var key = await _app.Services.GetRequiredService<ApiKeyStore>().CreateAsync("restart", [ApiKeyScopes.BiRead]);
        client.DefaultRequestHeaders.Authorization = new("Bearer", key.Key);
        // Parallel reads leave several connections idle in the pool, all broken by the restart.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.GetAsync("/api/bi/dashboard-kpis?force_refresh=true")));
        var port = _cluster.Port;

        await _cluster.StopAsync();
        await _cluster.StartAsync(port);
        var reads = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.GetAsync("/api/bi/dashboard-kpis?force_refresh=true")));

        Assert.All(reads, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }

    [Fact]
    public async Task DatabaseStopped_SignedInBrowser_GetsAnUnavailablePage_NeverA500()
    {
        await _app.Services.GetRequiredService<UserStore>().AddAsync("outage-viewer", UserRoles.Viewer, "a-long-enough-password");
        var browser = BrowserlessLogin.Client(_app);
        await BrowserlessLogin.PostAsync(browser, "outage-viewer", "a-long-enough-password", "/");
        browser.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        var port = _cluster.Port;

        await _cluster.StopAsync();
        var page = await browser.GetAsync("/");
        var login = await browser.GetAsync("/login");
        await _cluster.StartAsync(port);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.StartsWith("text/html", page.Content.Headers.ContentType?.ToString());
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Data temporarily unavailable", html);
        Assert.DoesNotContain("Npgsql", html);
        Assert.NotNull(page.Headers.RetryAfter);
        Assert.True((int)login.StatusCode < 500 || login.StatusCode == HttpStatusCode.ServiceUnavailable, $"/login answered {(int)login.StatusCode}");
    }
}
