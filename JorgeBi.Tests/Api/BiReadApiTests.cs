using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using JorgeBi.Data.Access;
using JorgeBi.Data.Events;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Tests.Api;

/// <summary>Contract of the BI read endpoints: status, shape, validation, auth and caching.</summary>
public sealed class BiReadApiTests(ExampleDataFactory app) : IClassFixture<ExampleDataFactory>
{
    public static TheoryData<string> Endpoints => new()
    {
        "/api/bi/bot-performance?timeframe=30d",
        "/api/bi/revenue-intelligence?timeframe=90d&group_by=agent",
        "/api/bi/export/leads.csv?timeframe=1y",
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Get_WithoutKey_401(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Get_WithEventsOnlyKey_403(string path)
    {
        var client = await app.ClientWithScopesAsync(ApiKeyScopes.EventsWrite);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task BotPerformance_ExplicitRange_OneRowPerBotWithIntervalAndStatus()
    {
        var client = await app.ReaderAsync();

        var body = await client.GetFromJsonAsync<JsonElement>("/api/bi/bot-performance?from=2026-10-01&to=2026-11-30");

        var rows = body.GetProperty("bot_metrics").EnumerateArray().ToDictionary(r => r.GetProperty("bot_id").GetString()!);
        Assert.Equal(["intent-decoder", "jorge-buyer", "jorge-seller", "lead-bot"], rows.Keys.Order());
        var seller = rows["jorge-seller"];
        Assert.Equal(1, seller.GetProperty("interactions").GetInt64());
        // One success in one try: Wilson 95 % is [0.2065, 1], which reaches the 94 % target.
        Assert.Equal(0.2065, seller.GetProperty("success_ci_low").GetDouble(), 4);
        Assert.Equal("on_target", seller.GetProperty("status").GetString());
        Assert.Equal("no_data", rows["lead-bot"].GetProperty("status").GetString());
        // First touch: the lead's first interaction was with the intent decoder.
        Assert.Equal(44280m, rows["intent-decoder"].GetProperty("commission_attributed").GetDecimal());
        Assert.Equal(0m, seller.GetProperty("commission_attributed").GetDecimal());
    }

    [Fact]
    public async Task RevenueIntelligence_NovemberRange_CommissionOfExampleDeal()
    {
        var client = await app.ReaderAsync();

        var body = await client.GetFromJsonAsync<JsonElement>("/api/bi/revenue-intelligence?from=2026-11-01&to=2026-11-30&include_forecast=false");

        var summary = body.GetProperty("summary_metrics").GetProperty("current");
        Assert.Equal(738000m, summary.GetProperty("revenue").GetDecimal());
        Assert.Equal(44280m, summary.GetProperty("commission").GetDecimal());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("forecast").ValueKind);
    }

    [Fact]
    public async Task Get_Twice_SecondIsCacheHitUnlessForced()
    {
        var client = await app.ReaderAsync();
        const string path = "/api/bi/bot-performance?timeframe=7d&include_alerts=false";

        var first = await client.GetAsync(path);
        var second = await client.GetAsync(path);
        var forced = await client.GetAsync(path + "&force_refresh=true");

        Assert.Equal("miss", first.Headers.GetValues("X-Cache").Single());
        Assert.Equal("hit", second.Headers.GetValues("X-Cache").Single());
        Assert.Equal("miss", forced.Headers.GetValues("X-Cache").Single());
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/bi/bot-performance?timeframe=2w", "timeframe")]
    [InlineData("/api/bi/bot-performance?location_id=Main%20Office", "location_id")]
    [InlineData("/api/bi/bot-performance?from=2026-10-01", "to")]
    [InlineData("/api/bi/bot-performance?from=2026-10-31&to=2026-10-01", "from")]
    [InlineData("/api/bi/bot-performance?from=2026-02-30&to=2026-03-01", "from")]
    [InlineData("/api/bi/bot-performance?from=1900-01-01&to=2026-01-01", "to")]
    [InlineData("/api/bi/bot-performance?include_alerts=maybe", "include_alerts")]
    [InlineData("/api/bi/bot-performance?force_refresh=1", "force_refresh")]
    [InlineData("/api/bi/revenue-intelligence?forecast_days=10", "forecast_days")]
    [InlineData("/api/bi/revenue-intelligence?forecast_days=abc", "forecast_days")]
    [InlineData("/api/bi/revenue-intelligence?group_by=planet", "group_by")]
    [InlineData("/api/bi/export/deals.csv?timeframe=%27%3B%20drop%20table%20event%3B--", "timeframe")]
    public async Task Get_InvalidParameter_400NamingIt(string path, string field)
    {
        var client = await app.ReaderAsync();

        var response = await client.GetAsync(path);

        await Problems.AssertNamesFieldAsync(response, field);
    }

    [Fact]
    public async Task Get_UnknownLocation_404()
    {
        var client = await app.ReaderAsync();

        var response = await client.GetAsync("/api/bi/bot-performance?location_id=nowhere");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Export_Leads_CsvWithHeaderAndTheExampleLead()
    {
        var client = await app.ReaderAsync();

        var response = await client.GetAsync("/api/bi/export/leads.csv?from=2026-10-01&to=2026-10-31");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.ToString() ?? response.Headers.ToString());
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("lead_id,created_at,source", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("lead-8841,") && l.Contains(",zillow,seller,hot,"));
    }

    [Fact]
    public async Task Export_Commissions_ExampleDealWithRateAndCommission()
    {
        var client = await app.ReaderAsync();

        var csv = await client.GetStringAsync("/api/bi/export/commissions.csv?from=2026-11-01&to=2026-11-30");

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("deal_id,lead_id,agent_id,source,sale_price,commission_rate,commission,closed_at", lines[0]);
        Assert.StartsWith("deal-77,lead-8841,agent-maria,zillow,738000", lines[1]);
        Assert.Contains(",0.06", lines[1]);
        Assert.Contains(",44280", lines[1]);
        Assert.Equal(2, lines.Length);
    }

    [Theory]
    [InlineData("revenue-breakdown", "group_by,key,deals,revenue,commission,commission_share", "source,zillow,1,738000")]
    [InlineData("cost-per-source", "source,leads,spend,cost_per_lead,deals,commission,roi", "zillow,1,4200")]
    [InlineData("kpi-trends", "kpi,period_start,value", "revenue,")]
    [InlineData("funnel", "view,stage,count,conversion_from_previous", "period,leads_created,1")]
    [InlineData("pipeline-forecast", "expected_close,deals,pipeline_value,weighted_commission", null)]
    [InlineData("forecast", "month,method,commission,lo80,hi80,lo95,hi95", null)]
    public async Task Export_SummaryReport_HeaderAndTheExampleNumbers(string report, string header, string? row)
    {
        var client = await app.ReaderAsync();

        var response = await client.GetAsync($"/api/bi/export/{report}.csv?from=2026-10-01&to=2026-11-30");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(header, lines[0]);
        if (row is not null) Assert.Contains(lines, l => l.StartsWith(row, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_UnknownReport_404()
    {
        var client = await app.ReaderAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/bi/export/secrets.csv")).StatusCode);
    }

    [Fact]
    public async Task DrillDown_RevenueOfOctoberToNovember_ReturnsTheClosedDeal()
    {
        var client = await app.ReaderAsync();

        var response = await client.PostAsync("/api/bi/drill-down", Json("""{"component":"revenue","from":"2026-10-01","to":"2026-11-30","page":1,"page_size":10}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, body.GetProperty("total").GetInt64());
        Assert.Equal("deal-77", body.GetProperty("details")[0].GetProperty("deal_id").GetString());
    }

    [Theory]
    [InlineData("""{"component":"planets"}""", "component")]
    [InlineData("""{"component":"leads","page_size":1000}""", "page_size")]
    [InlineData("""{"component":"leads","page":"first"}""", "page")]
    [InlineData("""{"component":"leads","timeframe":"forever"}""", "timeframe")]
    [InlineData("""{"component":"leads","filters":{"temperature":"boiling"}}""", "filters.temperature")]
    [InlineData("""{"component":"leads","sql":"select 1"}""", "sql")]
    [InlineData("""[1,2]""", "$")]
    public async Task DrillDown_InvalidBody_400NamingField(string body, string field)
    {
        var client = await app.ReaderAsync();

        var response = await client.PostAsync("/api/bi/drill-down", Json(body));

        await Problems.AssertNamesFieldAsync(response, field);
    }

    [Fact]
    public async Task LeadTimeline_ExampleLead_EventsInOccurrenceOrder()
    {
        var client = await app.ReaderAsync();

        var events = await client.GetFromJsonAsync<JsonElement>("/api/bi/leads/lead-8841/timeline");

        var types = events.EnumerateArray().Select(e => e.GetProperty("type").GetString()).ToList();
        Assert.Equal("lead.created", types[0]);
        Assert.Equal("deal.closed", types[^1]);
        Assert.Equal(10, types.Count);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
