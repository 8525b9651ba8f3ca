using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using JorgeBi.Data.Access;

namespace JorgeBi.Tests.Telemetry;

public sealed class MetricsEndpointTests(ApiFactory app) : IClassFixture<ApiFactory>
{
    private static readonly string ExamplesJson = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "events.json"));

    [Fact]
    public async Task Metrics_WithoutKeyOrWithoutAdminScope_401And403ProblemJson()
    {
        var anonymous = app.CreateClient();
        var reader = await app.ClientWithScopesAsync(ApiKeyScopes.BiRead);

        var noKey = await anonymous.GetAsync("/metrics");
        var noScope = await reader.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        Assert.Equal("application/problem+json", noKey.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, noScope.StatusCode);
        Assert.Equal("application/problem+json", noScope.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("jorgebi_", await noKey.Content.ReadAsStringAsync());
        Assert.DoesNotContain("jorgebi_", await noScope.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Metrics_AfterEventsAreApplied_CountsThemAcceptedAndAppliedAndShowsTheLag()
    {
        var admin = await app.ClientWithScopesAsync(ApiKeyScopes.Admin);
        var accepted = await PostAppliedExamplesAsync();

        // The counters are recorded as each step completes, a moment after the database says
        // so; the change feed connects a moment after the app starts.
        var scrape = await ScrapeUntilAsync(admin, s =>
            PrometheusText.Sum(s, "jorgebi_events_accepted_total") >= accepted && PrometheusText.Sum(s, "jorgebi_events_applied_total") >= accepted
            && PrometheusText.Sum(s, "jorgebi_change_feed_connected") == 1);

        Assert.Equal(12, accepted);
        var lag = Assert.Single(PrometheusText.Samples(scrape, "jorgebi_aggregator_lag_seconds"));
        Assert.True(lag.Value >= 0, $"lag {lag.Value}");
        Assert.Single(PrometheusText.Samples(scrape, "jorgebi_aggregator_backlog"));
        Assert.Single(PrometheusText.Samples(scrape, "jorgebi_change_feed_connected"));
    }

    [Fact]
    public async Task Metrics_AfterADashboardRead_CountTheAnswerCacheByEndpoint()
    {
        var admin = await app.ClientWithScopesAsync(ApiKeyScopes.Admin);
        await PostAppliedExamplesAsync();

        await ReadDashboardAsync();
        await ReadDashboardAsync();

        // Hit or miss depends on whether the change feed's invalidation came in between; both count.
        var scrape = await ScrapeUntilAsync(admin, s => CacheCount(s, "hits") + CacheCount(s, "misses") >= 2);
        Assert.True(CacheCount(scrape, "misses") >= 1, "The first read of the endpoint computed its answer.");
    }

    [Fact]
    public async Task Scrape_AfterWritesAndReads_PassesPromtoolCheckMetrics()
    {
        var admin = await app.ClientWithScopesAsync(ApiKeyScopes.Admin);
        await PostAppliedExamplesAsync();
        await ReadDashboardAsync();

        // Every kind of series present: JorgeBi's own, ASP.NET Core's histograms, Npgsql's, the runtime's.
        var scrape = await ScrapeUntilAsync(admin, s => PrometheusText.Sum(s, "jorgebi_events_applied_total") > 0
            && s.Contains("http_server_request_duration_seconds_bucket", StringComparison.Ordinal)
            && s.Contains("dotnet_gc_collections_total", StringComparison.Ordinal)
            && s.Contains("db_client_", StringComparison.Ordinal));
        var (code, output) = await Promtool.RunAsync(scrape, "check", "metrics");

        Assert.True(code == 0, $"promtool check metrics exited {code}:\n{output}");
    }

    private static double CacheCount(string scrape, string kind) =>
        PrometheusText.Samples(scrape, $"jorgebi_answer_cache_{kind}_total").Where(s => s.Labels.Contains("endpoint=\"dashboard-kpis\"", StringComparison.Ordinal)).Sum(s => s.Value);

    /// <summary>Posts the example batch under new ids and waits until the aggregator applied it; returns how many were accepted.</summary>
    private async Task<long> PostAppliedExamplesAsync()
    {
        var writer = await app.ClientWithScopesAsync(ApiKeyScopes.EventsWrite);
        var events = JsonNode.Parse(ExamplesJson)!.AsArray();
        foreach (var e in events) e!["id"] = Guid.NewGuid().ToString();
        var response = await writer.PostAsync("/api/events", new StringContent(events.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await AppliedLog.WaitUntilCaughtUpAsync(app.Database.DataSource);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accepted").GetInt64();
    }

    private async Task ReadDashboardAsync()
    {
        var reader = await app.ClientWithScopesAsync(ApiKeyScopes.BiRead);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/bi/dashboard-kpis")).StatusCode);
    }

    private static async Task<string> ScrapeUntilAsync(HttpClient admin, Func<string, bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var response = await admin.GetAsync("/metrics");
            var scrape = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {scrape}");
            if (condition(scrape)) return scrape;
            Assert.True(DateTime.UtcNow < deadline, "The scrape did not show the expected values within 30 s:\n" + scrape);
            await Task.Delay(100);
        }
    }
}
