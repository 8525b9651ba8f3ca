using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using JorgeBi.Data.Access;
using JorgeBi.Tests.Support;
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

    [Theory]
    [InlineData("/api/bi/export/leads.csv?location_id=all")]
    [InlineData("/api/bi/leads/ny-1/timeline?location_id=all")]
    public async Task EndpointsThatDoNotCombine_All_Answer422NamingLocationId(string path)
    {
        var client = await app.ClientWithScopesAsync(ApiKeyScopes.BiRead);

        var response = await client.GetAsync(path);

        await AssertNotCombinedAsync(response);
    }

    [Fact]
    public async Task DrillDown_All_Answers422NamingLocationId()
    {
        var client = await app.ClientWithScopesAsync(ApiKeyScopes.BiRead);

        var response = await client.PostAsync("/api/bi/drill-down",
            new StringContent("""{"component":"leads","location_id":"all","timeframe":"7d"}""", Encoding.UTF8, "application/json"));

        await AssertNotCombinedAsync(response);
    }

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
