using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using JorgeBi.Data.Access;
using JorgeBi.Data.Events;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Tests.Api;

/// <summary>dashboard-kpis, real-time metrics, insights, anomalies and the admin endpoints over HTTP.</summary>
public sealed class ExecutiveApiTests(ExampleDataFactory app) : IClassFixture<ExampleDataFactory>
{
    [Fact]
    public async Task DashboardKpis_NovemberRange_ExactNumbersOfTheExampleDeal()
    {
        var client = await app.ReaderAsync();

        var body = await client.GetFromJsonAsync<JsonElement>("/api/bi/dashboard-kpis?from=2026-11-01&to=2026-11-30");

        var metrics = body.GetProperty("metrics");
        Assert.Equal(1, metrics.GetProperty("deals_closed").GetDouble());
        Assert.Equal(738000, metrics.GetProperty("revenue").GetDouble());
        Assert.Equal(44280, metrics.GetProperty("jorge_commission").GetDouble());
        Assert.Equal(0, metrics.GetProperty("total_leads").GetDouble());
        Assert.Equal(0, metrics.GetProperty("conversion_rate").GetDouble());
        // The previous 30 days hold the lead, its qualification and its appointment.
        var previous = body.GetProperty("previous");
        Assert.Equal(1, previous.GetProperty("total_leads").GetDouble());
        Assert.Equal(1, previous.GetProperty("hot_leads").GetDouble());
        Assert.Equal(1, previous.GetProperty("appointments_scheduled").GetDouble());
        Assert.Equal(0.06, body.GetProperty("jorge_commission").GetProperty("rate").GetDouble());
        Assert.True(body.GetProperty("trends").GetProperty("revenue").GetArrayLength() > 0);
        Assert.Equal(JsonValueKind.Object, body.GetProperty("targets").GetProperty("conversion_rate").ValueKind);
        Assert.False(body.GetProperty("cache_hit").GetBoolean());
    }

    [Fact]
    public async Task DashboardKpis_Twice_SecondReportsCacheHit_UntilAnEventArrives()
    {
        var client = await app.ReaderAsync();
        const string path = "/api/bi/dashboard-kpis?timeframe=7d&include_trends=false";
        await client.GetAsync(path);

        var cached = await client.GetFromJsonAsync<JsonElement>(path);
        var writer = await app.ClientWithScopesAsync(ApiKeyScopes.EventsWrite);
        var qualified = new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(), ["type"] = "lead.qualified", ["occurredAt"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            ["locationId"] = "default", ["leadId"] = "lead-new", ["data"] = new JsonObject { ["botId"] = "lead-bot" },
        };
        var posted = await writer.PostAsync("/api/events", Json(qualified.ToJsonString()));
        var (_, fresh) = await ReadYourWrites.GetIncludingAsync(client, path, await ReadYourWrites.SeqAsync(posted));

        Assert.True(cached.GetProperty("cache_hit").GetBoolean());
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        Assert.False(fresh.GetProperty("cache_hit").GetBoolean());
        Assert.Equal(cached.GetProperty("metrics").GetProperty("qualified_leads").GetDouble() + 1, fresh.GetProperty("metrics").GetProperty("qualified_leads").GetDouble());
    }

    [Fact]
    public async Task RealTimeMetrics_AfterAnEventArrives_FreshSnapshotCountingIt()
    {
        // A location of its own: the other tests count the example location's leads.
        var client = await app.ReaderAsync();
        var writer = await app.ClientWithScopesAsync(ApiKeyScopes.EventsWrite);
        const string path = "/api/bi/real-time-metrics?location_id=live-check";
        var first = await writer.PostAsync("/api/events", Json(LeadCreatedNow("live-check")));
        var (_, before) = await ReadYourWrites.GetIncludingAsync(client, path, await ReadYourWrites.SeqAsync(first));

        var second = await writer.PostAsync("/api/events", Json(LeadCreatedNow("live-check")));
        var (after, afterBody) = await ReadYourWrites.GetIncludingAsync(client, path, await ReadYourWrites.SeqAsync(second));
        var forced = await client.GetAsync(path + "&force_refresh=true");

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal("miss", after.Headers.GetValues("X-Cache").Single());
        Assert.Equal("miss", forced.Headers.GetValues("X-Cache").Single());
        Assert.Equal(1, RecentLeads(before));
        Assert.Equal(2, RecentLeads(afterBody));
    }

    private static string LeadCreatedNow(string location) => new JsonObject
    {
        ["id"] = Guid.NewGuid().ToString(), ["type"] = "lead.created", ["occurredAt"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ"),
        ["locationId"] = location, ["leadId"] = $"lead-{Guid.NewGuid():N}",
        ["data"] = new JsonObject { ["source"] = "zillow", ["leadType"] = "buyer" },
    }.ToJsonString();

    private static long RecentLeads(JsonElement metrics) => metrics.GetProperty("last_5_minutes").GetProperty("leads").GetInt64();

    [Theory]
    [InlineData("/api/bi/dashboard-kpis?include_trends=yes", "include_trends")]
    [InlineData("/api/bi/dashboard-kpis?include_comparisons=2", "include_comparisons")]
    [InlineData("/api/bi/real-time-metrics?components=everything", "components")]
    [InlineData("/api/bi/real-time-metrics?location_id=-bad", "location_id")]
    [InlineData("/api/bi/real-time-metrics?force_refresh=1", "force_refresh")]
    [InlineData("/api/bi/predictive-insights?confidence_threshold=1.5", "confidence_threshold")]
    [InlineData("/api/bi/predictive-insights?limit=0", "limit")]
    [InlineData("/api/bi/predictive-insights?limit=101", "limit")]
    [InlineData("/api/bi/predictive-insights?insight_types=gossip", "insight_types")]
    [InlineData("/api/bi/anomaly-detection?timeframe=1y", "timeframe")]
    [InlineData("/api/bi/anomaly-detection?sensitivity=0.05", "sensitivity")]
    [InlineData("/api/bi/anomaly-detection?sensitivity=NaN", "sensitivity")]
    public async Task Get_InvalidParameter_400NamingIt(string path, string field)
    {
        var client = await app.ReaderAsync();

        var response = await client.GetAsync(path);

        await Problems.AssertNamesFieldAsync(response, field);
    }

    [Theory]
    [InlineData("/api/bi/real-time-metrics", "today")]
    [InlineData("/api/bi/anomaly-detection?timeframe=30d&sensitivity=1", "anomalies")]
    [InlineData("/api/bi/dashboard-kpis?timeframe=24h", "metrics")]
    [InlineData("/api/bi/dashboard-kpis?timeframe=1y", "metrics")]
    public async Task Get_ValidRequest_200WithItsShape(string path, string member)
    {
        var client = await app.ReaderAsync();

        var body = await client.GetFromJsonAsync<JsonElement>(path);

        Assert.True(body.TryGetProperty(member, out _));
    }

    [Fact]
    public async Task PredictiveInsights_Valid_200List()
    {
        var client = await app.ReaderAsync();

        var body = await client.GetFromJsonAsync<JsonElement>("/api/bi/predictive-insights?limit=5&confidence_threshold=0.2");

        Assert.Equal(JsonValueKind.Array, body.ValueKind);
    }

    [Fact]
    public async Task AdminEndpoints_WithReadKey_403_WithAdminKey_Work()
    {
        var reader = await app.ReaderAsync();
        var admin = await app.ClientWithScopesAsync(ApiKeyScopes.Admin);

        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync("/api/bi/cache-analytics")).StatusCode);
        var warm = await admin.PostAsync("/api/bi/warm-cache", Json("""{"location_id":"default","timeframes":["7d","30d"]}"""));
        var rebuilt = await admin.PostAsync("/api/bi/trigger-aggregation", Json("""{"location_id":"default"}"""));
        var stats = await admin.GetFromJsonAsync<JsonElement>("/api/bi/cache-analytics");

        Assert.Equal(6, (await warm.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("precomputed").GetInt32());
        Assert.True((await rebuilt.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows_touched").GetInt64() > 0);
        Assert.True(stats.GetProperty("misses").GetInt64() >= 6);
        Assert.Contains(stats.GetProperty("by_endpoint").EnumerateArray(), e => e.GetProperty("endpoint").GetString() == "dashboard-kpis");
    }

    [Theory]
    [InlineData("/api/bi/warm-cache", """{"timeframes":["2w"]}""", "timeframes")]
    [InlineData("/api/bi/warm-cache", """{"timeframes":"7d"}""", "timeframes")]
    [InlineData("/api/bi/trigger-aggregation", """{"location_id":"x y"}""", "location_id")]
    [InlineData("/api/bi/trigger-aggregation", """{"from":"2026-10-02","to":"2026-10-01"}""", "from")]
    public async Task AdminPost_InvalidBody_400NamingField(string path, string body, string field)
    {
        var admin = await app.ClientWithScopesAsync(ApiKeyScopes.Admin);

        var response = await admin.PostAsync(path, Json(body));

        await Problems.AssertNamesFieldAsync(response, field);
    }

    [Fact]
    public async Task OpenApiDocument_ListsEveryEndpointOfTheContract()
    {
        var doc = await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        string[] contract =
        [
            "/api/bi/dashboard-kpis", "/api/bi/revenue-intelligence", "/api/bi/bot-performance", "/api/bi/drill-down",
            "/api/bi/predictive-insights", "/api/bi/anomaly-detection", "/api/bi/real-time-metrics", "/api/bi/cache-analytics",
            "/api/bi/trigger-aggregation", "/api/bi/warm-cache", "/api/events", "/api/bi/export/{report}.csv",
        ];
        Assert.Subset(paths, contract.ToHashSet());
        var kpiParameters = doc.GetProperty("paths").GetProperty("/api/bi/dashboard-kpis").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Subset(kpiParameters.ToHashSet(), new HashSet<string?> { "location_id", "timeframe", "from", "to", "force_refresh", "include_comparisons", "include_trends" });
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
