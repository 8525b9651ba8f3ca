using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using JorgeBi.Data.Access;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Tests.Company;

/// <summary>location_id=all over HTTP: the two offices of <see cref="TwoZoneCompany"/> and the always-present empty default, at its "now".</summary>
public sealed class CompanyApiTests(CompanyApiTests.Factory app) : IClassFixture<CompanyApiTests.Factory>
{
    public sealed class Factory : ApiFactory
    {
        public TwoZoneCompany Offices { get; } = new("api");

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await Offices.SeedAsync(Database.DataSource);
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new ManualClock(TwoZoneCompany.Now)));
        }
    }

    [Fact]
    public async Task DashboardKpis_All_CombinesEachOfficesOwnWeek()
    {
        var client = await app.ClientWithScopesAsync(ApiKeyScopes.BiRead);

        var body = await client.GetFromJsonAsync<JsonElement>("/api/bi/dashboard-kpis?location_id=all&timeframe=7d");

        var metrics = body.GetProperty("metrics");
        Assert.Equal(3, metrics.GetProperty("total_leads").GetDouble());
        Assert.Equal(45_000, metrics.GetProperty("jorge_commission").GetDouble());
        Assert.Equal(0.95, metrics.GetProperty("bot_success_rate").GetDouble());
        Assert.Equal(20, metrics.GetProperty("p95_response_time_ms").GetDouble());
        Assert.Equal(5.75, metrics.GetProperty("speed_to_lead_s").GetDouble());
        Assert.Equal(11_500, metrics.GetProperty("weighted_pipeline_commission").GetDouble());
        // The default office is empty but still one of "all": its 150,000 target counts.
        Assert.Equal(400_000, body.GetProperty("jorge_commission").GetProperty("monthly_target").GetDouble());
        Assert.Equal(40_000 / 400_000.0, metrics.GetProperty("commission_target_progress").GetDouble());
        var rows = body.GetProperty("locations").EnumerateArray().ToDictionary(r => r.GetProperty("location_id").GetString()!);
        Assert.Equal(["api-la", "api-ny", "default"], rows.Keys.Order());
        Assert.Equal("2026-06-25T00:00:00", rows["api-ny"].GetProperty("period_start").GetString());
        Assert.Equal(2, rows["api-la"].GetProperty("metrics").GetProperty("total_leads").GetDouble());
    }

    [Fact]
    public async Task DashboardKpis_OneOffice_EqualsItsRowOfAll_AndHasNoLocationsList()
    {
        var client = await app.ClientWithScopesAsync(ApiKeyScopes.BiRead);

        var all = await client.GetFromJsonAsync<JsonElement>("/api/bi/dashboard-kpis?location_id=all&timeframe=7d");
        var own = await client.GetFromJsonAsync<JsonElement>("/api/bi/dashboard-kpis?location_id=api-ny&timeframe=7d");

        var row = all.GetProperty("locations").EnumerateArray().Single(r => r.GetProperty("location_id").GetString() == "api-ny");
        Assert.Equal(own.GetProperty("metrics").ToString(), row.GetProperty("metrics").ToString());
        Assert.False(own.TryGetProperty("locations", out _));
    }

    [Fact]
    public async Task DashboardKpis_All_IsDroppedFromTheCacheWhenAnyOfficeChanges()
    {
        var client = await app.ClientWithScopesAsync(ApiKeyScopes.BiRead);
        const string path = "/api/bi/dashboard-kpis?location_id=all&timeframe=7d&include_trends=false";
        var first = await client.GetFromJsonAsync<JsonElement>(path);
        var cached = await client.GetFromJsonAsync<JsonElement>(path);

        var writer = await app.ClientWithScopesAsync(ApiKeyScopes.EventsWrite);
        var lead = new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(), ["type"] = "lead.created", ["occurredAt"] = "2026-07-01T05:00:00Z",
            ["locationId"] = "api-ny", ["leadId"] = "ny-late", ["data"] = new JsonObject { ["source"] = "zillow", ["leadType"] = "buyer" },
        };
        var posted = await writer.PostAsync("/api/events", new StringContent(lead.ToJsonString(), Encoding.UTF8, "application/json"));
        var (_, fresh) = await ReadYourWrites.GetIncludingAsync(client, path, await ReadYourWrites.SeqAsync(posted));

        Assert.True(cached.GetProperty("cache_hit").GetBoolean());
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        Assert.False(fresh.GetProperty("cache_hit").GetBoolean());
        Assert.Equal(first.GetProperty("metrics").GetProperty("total_leads").GetDouble() + 1, fresh.GetProperty("metrics").GetProperty("total_leads").GetDouble());
    }

    [Fact]
    public async Task BotPerformance_All_Answers200WithEachOfficesOwnWeekCombined()
    {
        var client = await app.ClientWithScopesAsync(ApiKeyScopes.BiRead);

        var response = await client.GetAsync("/api/bi/bot-performance?location_id=all&timeframe=7d");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = body.GetProperty("bot_metrics").EnumerateArray().ToDictionary(r => r.GetProperty("bot_id").GetString()!);
        Assert.Equal(5, rows["jorge-seller"].GetProperty("interactions").GetInt64());
        Assert.Equal(30_000, rows["jorge-seller"].GetProperty("commission_attributed").GetDecimal());
        Assert.Equal(15, rows["intent-decoder"].GetProperty("interactions").GetInt64());
        Assert.Equal(15_000, rows["intent-decoder"].GetProperty("commission_attributed").GetDecimal());
        var health = body.GetProperty("system_health");
        Assert.Equal(20, health.GetProperty("interactions").GetInt64());
        Assert.Equal(0.95, health.GetProperty("success_rate").GetDouble());
        // The 19th of 20 merged times; the offices' own p95s are 200 and 20 ms.
        Assert.Equal(20, health.GetProperty("p95_response_ms").GetDouble());
    }

    [Fact]
    public async Task BotPerformance_NoLocation_CallerSeeingSeveral_GetsAll()
    {
        var client = await app.ClientWithScopesAsync(ApiKeyScopes.BiRead);

        var unnamed = await client.GetFromJsonAsync<JsonElement>("/api/bi/bot-performance?timeframe=7d");
        var all = await client.GetFromJsonAsync<JsonElement>("/api/bi/bot-performance?location_id=all&timeframe=7d");

        Assert.Equal(20, all.GetProperty("system_health").GetProperty("interactions").GetInt64());
        Assert.Equal(all.GetProperty("bot_metrics").ToString(), unnamed.GetProperty("bot_metrics").ToString());
    }

    [Fact]
    public async Task RevenueIntelligence_All_CombinesEachOfficesOwnWeek()
    {
        var client = await app.ClientWithScopesAsync(ApiKeyScopes.BiRead);

        var response = await client.GetAsync("/api/bi/revenue-intelligence?location_id=all&timeframe=7d");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("all", body.GetProperty("location_id").GetString());
        var current = body.GetProperty("summary_metrics").GetProperty("current");
        Assert.Equal(800_000, current.GetProperty("revenue").GetDecimal());
        Assert.Equal(45_000, current.GetProperty("commission").GetDecimal());
        Assert.Equal(3, current.GetProperty("deals").GetInt64());
        // Jun 24 (Los Angeles' first day) to Jul 1 (New York's today), added up by local date.
        var series = body.GetProperty("revenue_timeseries").EnumerateArray().ToList();
        Assert.Equal("2026-06-24T00:00:00", series[0].GetProperty("period").GetString());
        Assert.Equal([0m, 0m, 0m, 0m, 100_000m, 0m, 500_000m, 200_000m], series.Select(p => p.GetProperty("revenue").GetDecimal()));
        // 300,000 x 0.50 x 6 % + 200,000 x 0.25 x 5 %, as dashboard-kpis weighs the same deals.
        Assert.Equal(11_500, body.GetProperty("pipeline_forecast").GetProperty("weighted_commission").GetDecimal());
    }

    [Fact]
    public async Task RevenueIntelligence_NamingNoLocation_IsAllForACallerSeeingSeveral()
    {
        var client = await app.ClientWithScopesAsync(ApiKeyScopes.BiRead);

        var body = await client.GetFromJsonAsync<JsonElement>("/api/bi/revenue-intelligence?timeframe=7d&include_forecast=false");

        Assert.Equal("all", body.GetProperty("location_id").GetString());
        Assert.Equal(800_000, body.GetProperty("summary_metrics").GetProperty("current").GetProperty("revenue").GetDecimal());
    }

    [Fact]
    public async Task WarmCache_All_Answers422NamingLocationId()
    {
        var admin = await app.ClientWithScopesAsync(ApiKeyScopes.Admin);

        var response = await admin.PostAsync("/api/bi/warm-cache",
            new StringContent("""{"location_id":"all","timeframes":["7d"]}""", System.Text.Encoding.UTF8, "application/json"));

        await AssertNotCombinedAsync(response);
    }

    [Fact]
    public async Task ExportCommissionsAndBots_All_AreTheOfficesCombined()
    {
        var client = await app.ClientWithScopesAsync(ApiKeyScopes.BiRead);

        var commissions = await CsvLinesAsync(client, "commissions");
        var bots = await CsvLinesAsync(client, "bot-performance");

        Assert.StartsWith("location_id,deal_id,lead_id,", commissions[0]);
        // The week's three deals (as revenue-intelligence counts them), each naming its office.
        Assert.Equal(3, commissions.Length - 1);
        Assert.All(commissions.Skip(1), l => Assert.Matches("^api-(la|ny),", l));
        var seller = bots.Single(l => l.StartsWith("jorge-seller,", StringComparison.Ordinal)).Split(',');
        // Interactions are the third column: the seller's in both offices, as bot-performance answers.
        Assert.Equal("5", seller[2]);
    }

    private static async Task<string[]> CsvLinesAsync(HttpClient client, string report)
    {
        var response = await client.GetAsync($"/api/bi/export/{report}.csv?location_id=all&timeframe=7d");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public async Task DrillDown_All_PagesEachOfficesOwnDatesAsOneList_RowsNamingTheirOffice()
    {
        var client = await app.ClientWithScopesAsync(ApiKeyScopes.BiRead);

        var first = await DrillAsync(client, page: 1);
        var second = await DrillAsync(client, page: 2);

        // Jun 24-30 in each office: ny-1 (Jul 1 00:30 in New York) is not in New York's, though Jun 30 in Los Angeles.
        Assert.Equal(3, first.GetProperty("total").GetInt64());
        Assert.Equal(["api-la:la-1", "api-ny:ny-2"], Rows(first));
        Assert.Equal(["api-la:la-3"], Rows(second));
        Assert.Equal(2, first.GetProperty("summary").GetProperty("contacted_by_bot").GetDouble());
    }

    [Fact]
    public async Task ExportLeads_All_StartsWithTheLocationColumn()
    {
        var client = await app.ClientWithScopesAsync(ApiKeyScopes.BiRead);

        var response = await client.GetAsync("/api/bi/export/leads.csv?location_id=all&from=2026-06-24&to=2026-06-30");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("jorgebi-leads-all-", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("location_id,lead_id,created_at,", lines[0]);
        Assert.Equal(["api-la,la-1", "api-ny,ny-2", "api-la,la-3"], lines.Skip(1).Select(l => string.Join(',', l.Split(',').Take(2))));
    }

    [Fact]
    public async Task Timeline_All_FindsTheLeadInItsOffice_AnUnknownLeadIs404()
    {
        var client = await app.ClientWithScopesAsync(ApiKeyScopes.BiRead);

        var events = await client.GetFromJsonAsync<JsonElement>("/api/bi/leads/ny-1/timeline?location_id=all");
        var unknown = await client.GetAsync("/api/bi/leads/nobody/timeline?location_id=all");

        Assert.Equal(["lead.created", "bot.interaction"], events.EnumerateArray().Select(e => e.GetProperty("type").GetString()));
        Assert.All(events.EnumerateArray(), e => Assert.Equal("api-ny", e.GetProperty("location_id").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static async Task<JsonElement> DrillAsync(HttpClient client, int page)
    {
        var response = await client.PostAsync("/api/bi/drill-down", new StringContent(
            $$"""{"component":"leads","location_id":"all","from":"2026-06-24","to":"2026-06-30","page":{{page}},"page_size":2}""", Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        return JsonSerializer.Deserialize<JsonElement>(text);
    }

    private static IEnumerable<string> Rows(JsonElement drill) =>
        drill.GetProperty("details").EnumerateArray().Select(r => $"{r.GetProperty("location_id").GetString()}:{r.GetProperty("lead_id").GetString()}");

    private static async Task AssertNotCombinedAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonSerializer.Deserialize<JsonElement>(text);
        Assert.Equal(422, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty("location_id", out _), text);
    }
}
