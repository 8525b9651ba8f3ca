using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace JorgeBi.Tests.Security;

/// <summary>
/// location_id=all for scoped callers: every location the caller may see combined, and no other.
/// Each location holds the same example events, so a sum that took in another office would show.
/// </summary>
public sealed partial class LocationScopeTests
{
    private const string Period = "from=2026-10-01&to=2026-11-30&include_trends=false";

    [Fact]
    public async Task ScopedKey_AllLocations_IsItsOwnLocationAlone()
    {
        var client = (await app.CallersAsync())[ScopedCaller.ReadKey];

        var all = await KpisAsync(client, "location_id=all");
        var own = await KpisAsync(client, $"location_id={AccessMatrix.ScopedLocation}");

        Assert.True(own.GetProperty("metrics").GetProperty("total_leads").GetDouble() > 0, "the location has leads in the period");
        Assert.Equal(own.GetProperty("metrics").ToString(), all.GetProperty("metrics").ToString());
        Assert.Equal([AccessMatrix.ScopedLocation], LocationIds(all));
    }

    [Fact]
    public async Task KeyOfTwoLocations_AllLocations_CombinesThoseTwoOnly()
    {
        var client = (await app.CallersAsync())[ScopedCaller.TwoLocationKey];

        var all = await KpisAsync(client, "location_id=all");
        var north = await KpisAsync(client, $"location_id={AccessMatrix.ScopedLocation}");
        var south = await KpisAsync(client, $"location_id={SecondLocation}");

        foreach (var kpi in new[] { "total_leads", "deals_closed", "jorge_commission" })
        {
            var sum = Metric(north, kpi) + Metric(south, kpi);
            Assert.True(Metric(north, kpi) > 0, $"{kpi}: the location has some");
            Assert.Equal(sum, Metric(all, kpi));
        }
        Assert.Equal([AccessMatrix.ScopedLocation, SecondLocation], LocationIds(all).Order());
        var rows = all.GetProperty("locations").EnumerateArray().ToDictionary(r => r.GetProperty("location_id").GetString()!);
        Assert.Equal(north.GetProperty("metrics").ToString(), rows[AccessMatrix.ScopedLocation].GetProperty("metrics").ToString());
    }

    [Fact]
    public async Task KeyOfTwoLocations_NamingNoLocation_GetsBothCombined()
    {
        var client = (await app.CallersAsync())[ScopedCaller.TwoLocationKey];

        var unnamed = await KpisAsync(client, "");
        var all = await KpisAsync(client, "location_id=all");

        Assert.Equal(all.GetProperty("metrics").ToString(), unnamed.GetProperty("metrics").ToString());
        Assert.Equal([AccessMatrix.ScopedLocation, SecondLocation], LocationIds(unnamed).Order());
    }

    [Fact]
    public async Task ScopedKey_NamingNoLocation_GetsItsOnlyLocation()
    {
        var client = (await app.CallersAsync())[ScopedCaller.ReadKey];

        var unnamed = await KpisAsync(client, "");
        var own = await KpisAsync(client, $"location_id={AccessMatrix.ScopedLocation}");

        // Whole answers but the cache flag: which of the two requests computed it depends on the order.
        Assert.Equal(WithoutCacheFlag(own), WithoutCacheFlag(unnamed));
        Assert.False(unnamed.TryGetProperty("locations", out _));
    }

    [Fact]
    public async Task ScopedKey_RevenueForAllLocations_IsItsOwnLocationAlone()
    {
        var client = (await app.CallersAsync())[ScopedCaller.ReadKey];

        var all = await RevenueAsync(client, "location_id=all");
        var own = await RevenueAsync(client, $"location_id={AccessMatrix.ScopedLocation}");

        Assert.True(SummaryRevenue(own) > 0, "the location sold in the period");
        Assert.Equal(own.GetProperty("summary_metrics").ToString(), all.GetProperty("summary_metrics").ToString());
        Assert.Equal("all", all.GetProperty("location_id").GetString());
    }

    [Fact]
    public async Task KeyOfTwoLocations_RevenueForAllLocations_SumsThoseTwoOnly()
    {
        var client = (await app.CallersAsync())[ScopedCaller.TwoLocationKey];

        var all = await RevenueAsync(client, "location_id=all");
        var north = await RevenueAsync(client, $"location_id={AccessMatrix.ScopedLocation}");
        var south = await RevenueAsync(client, $"location_id={SecondLocation}");

        Assert.True(SummaryRevenue(north) > 0, "the location sold in the period");
        Assert.Equal(SummaryRevenue(north) + SummaryRevenue(south), SummaryRevenue(all));
    }

    [Fact]
    public async Task ScopedManager_AllLocationsRevenuePage_ShowsItsOwnOfficeAlone()
    {
        var client = (await app.CallersAsync())[ScopedCaller.Manager];

        var all = await client.GetStringAsync("/revenue?location_id=all&" + Period);
        var own = await client.GetStringAsync($"/revenue?location_id={AccessMatrix.ScopedLocation}&" + Period);

        var revenue = KpiText("revenue").Match(own).Groups[1].Value;
        Assert.NotEqual("", revenue);
        Assert.Equal(revenue, KpiText("revenue").Match(all).Groups[1].Value);
        Assert.Equal(KpiText("jorge_commission").Match(own).Groups[1].Value, KpiText("jorge_commission").Match(all).Groups[1].Value);
        Assert.DoesNotContain("Jorge Real Estate", all);
    }

    [Fact]
    public async Task ScopedManager_AllLocationsPage_ShowsItsOwnOfficeAlone()
    {
        var client = (await app.CallersAsync())[ScopedCaller.Manager];

        var all = await client.GetStringAsync("/?location_id=all&" + Period);
        var own = await client.GetStringAsync($"/?location_id={AccessMatrix.ScopedLocation}&" + Period);

        var leads = KpiText("total_leads").Match(own).Groups[1].Value;
        Assert.NotEqual("", leads);
        Assert.Equal(leads, KpiText("total_leads").Match(all).Groups[1].Value);
        Assert.Equal(KpiText("deals_closed").Match(own).Groups[1].Value, KpiText("deals_closed").Match(all).Groups[1].Value);
        Assert.Equal([AccessMatrix.ScopedLocation], ComparisonRow().Matches(all).Select(m => m.Groups[1].Value));
        Assert.DoesNotContain("Jorge Real Estate", all);
    }

    [Fact]
    public async Task ScopedKey_AllLocationsDrillDown_IsItsOwnLocationsRowsAlone()
    {
        var client = (await app.CallersAsync())[ScopedCaller.ReadKey];

        var all = await DrillAsync(client, "all");
        var own = await DrillAsync(client, AccessMatrix.ScopedLocation);

        Assert.True(own.GetProperty("total").GetInt64() > 0, "the location has leads in the period");
        Assert.Equal(own.GetProperty("total").GetInt64(), all.GetProperty("total").GetInt64());
        Assert.Equal([AccessMatrix.ScopedLocation], DrillLocations(all).Distinct());
    }

    [Fact]
    public async Task KeyOfTwoLocations_AllLocationsDrillDown_ListsBothOfficesRows_SummedSummary()
    {
        var client = (await app.CallersAsync())[ScopedCaller.TwoLocationKey];

        var all = await DrillAsync(client, "all");
        var north = await DrillAsync(client, AccessMatrix.ScopedLocation);
        var south = await DrillAsync(client, SecondLocation);

        Assert.True(north.GetProperty("total").GetInt64() > 0, "the location has leads in the period");
        Assert.Equal(north.GetProperty("total").GetInt64() + south.GetProperty("total").GetInt64(), all.GetProperty("total").GetInt64());
        Assert.Equal(Summary(north, "contacted_by_bot") + Summary(south, "contacted_by_bot"), Summary(all, "contacted_by_bot"));
        Assert.Equal([AccessMatrix.ScopedLocation, SecondLocation], DrillLocations(all).Distinct().Order());
    }

    [Fact]
    public async Task ScopedKey_AllLocationsTimeline_FindsItsOwnLead_AnotherOfficesLeadAnswersLikeAnUnknownOne()
    {
        var client = (await app.CallersAsync())[ScopedCaller.ReadKey];

        var own = await client.GetFromJsonAsync<JsonElement>("/api/bi/leads/lead-8841/timeline?location_id=all");
        var other = await client.GetAsync($"/api/bi/leads/{LeadOfOtherOnly}/timeline?location_id=all");
        var unknown = await client.GetAsync("/api/bi/leads/no-such-lead/timeline?location_id=all");

        Assert.All(own.EnumerateArray(), e => Assert.Equal(AccessMatrix.ScopedLocation, e.GetProperty("location_id").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(Normalized(await unknown.Content.ReadAsStringAsync(), "no-such-lead"), Normalized(await other.Content.ReadAsStringAsync(), LeadOfOtherOnly));
    }

    [Fact]
    public async Task ScopedManager_AllLocationsLeadsPage_ListsItsOwnOfficesRowsAlone()
    {
        var client = (await app.CallersAsync())[ScopedCaller.Manager];

        var page = await client.GetStringAsync("/leads?location_id=all&from=2026-10-01&to=2026-11-30");

        var locations = LocationCell().Matches(page).Select(m => m.Groups[1].Value.Trim()).ToList();
        Assert.NotEmpty(locations);
        Assert.Equal([AccessMatrix.ScopedLocation], locations.Distinct());
        Assert.DoesNotContain("Jorge Real Estate", page);
    }

    [Fact]
    public async Task ScopedManager_AllLocationsTimelinePage_ShowsTheLeadInItsOwnOfficeAlone()
    {
        var client = (await app.CallersAsync())[ScopedCaller.Manager];

        var page = await client.GetStringAsync("/leads/lead-8841?location_id=all");

        // Every office holds a lead-8841; the manager's search covers their own office only.
        var locations = TimelineLocation().Matches(page).Select(m => m.Groups[1].Value.Trim()).ToList();
        Assert.NotEmpty(locations);
        Assert.Equal([AccessMatrix.ScopedLocation], locations.Distinct());
    }

    private static async Task<JsonElement> DrillAsync(HttpClient client, string location)
    {
        var response = await client.PostAsync("/api/bi/drill-down", new StringContent(
            $$"""{"component":"leads","from":"2026-10-01","to":"2026-11-30","location_id":"{{location}}","page_size":200}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static IEnumerable<string> DrillLocations(JsonElement drill) =>
        drill.GetProperty("details").EnumerateArray().Select(r => r.GetProperty("location_id").GetString()!);

    private static double Summary(JsonElement drill, string name) => drill.GetProperty("summary").GetProperty(name).GetDouble();

    [GeneratedRegex("data-testid=\"cell-location_id\"[^>]*>([^<]*)<")]
    private static partial Regex LocationCell();

    [GeneratedRegex("data-testid=\"timeline-location\"[^>]*>([^<]*)<")]
    private static partial Regex TimelineLocation();

    private static string WithoutCacheFlag(JsonElement answer) =>
        string.Join(',', answer.EnumerateObject().Where(p => p.Name != "cache_hit").Select(p => p.ToString()));

    [Fact]
    public async Task ScopedKey_LiveAndInsightsForAllLocations_AreItsOwnLocationsAlone()
    {
        var client = (await app.CallersAsync())[ScopedCaller.ReadKey];

        var all = await client.GetFromJsonAsync<JsonElement>("/api/bi/real-time-metrics?location_id=all");
        var own = await client.GetFromJsonAsync<JsonElement>($"/api/bi/real-time-metrics?location_id={AccessMatrix.ScopedLocation}");
        var insights = await client.GetFromJsonAsync<JsonElement>("/api/bi/predictive-insights?location_id=all&limit=100");
        var anomalies = await client.GetAsync("/api/bi/anomaly-detection?location_id=all");

        Assert.Equal(own.GetProperty("today").ToString(), all.GetProperty("today").ToString());
        Assert.Equal(own.GetProperty("last_event_at").ToString(), all.GetProperty("last_event_at").ToString());
        Assert.All(insights.EnumerateArray(), i => Assert.StartsWith(AccessMatrix.ScopedLocation + ": ", i.GetProperty("title").GetString()));
        Assert.Equal(200, (int)anomalies.StatusCode);
    }

    [Fact]
    public async Task KeyOfTwoLocations_LiveForAllLocations_CombinesThoseTwoOnly()
    {
        var client = (await app.CallersAsync())[ScopedCaller.TwoLocationKey];

        var all = await client.GetFromJsonAsync<JsonElement>("/api/bi/real-time-metrics?location_id=all");
        var north = await client.GetFromJsonAsync<JsonElement>($"/api/bi/real-time-metrics?location_id={AccessMatrix.ScopedLocation}");
        var south = await client.GetFromJsonAsync<JsonElement>($"/api/bi/real-time-metrics?location_id={SecondLocation}");
        var insights = await client.GetFromJsonAsync<JsonElement>("/api/bi/predictive-insights?location_id=all&limit=100");

        foreach (var counter in new[] { "leads", "interactions", "appointments", "deals" })
        {
            Assert.Equal(Today(north, counter) + Today(south, counter), Today(all, counter));
        }
        // The latest arrival of the two, not that of the other office, which was stored first.
        Assert.Equal(new[] { north, south }.Max(m => m.GetProperty("last_event_at").GetDateTimeOffset()), all.GetProperty("last_event_at").GetDateTimeOffset());
        Assert.All(insights.EnumerateArray(), i => Assert.Matches($"^({AccessMatrix.ScopedLocation}|{SecondLocation}): ", i.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task ScopedManager_LiveAndInsightsPagesForAllLocations_ShowItsOwnOfficeAlone()
    {
        var client = (await app.CallersAsync())[ScopedCaller.Manager];

        var live = await client.GetStringAsync("/live?location_id=all");
        var insights = await client.GetStringAsync("/insights?location_id=all");

        Assert.Contains("data-testid=\"live-feed\"", live);
        Assert.DoesNotContain("Jorge Real Estate", live + insights);
        Assert.Contains("data-testid=\"anomaly-table\"", insights);
    }

    private static long Today(JsonElement live, string counter) => live.GetProperty("today").GetProperty(counter).GetInt64();

    private static async Task<JsonElement> KpisAsync(HttpClient client, string location) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/bi/dashboard-kpis?{location}{(location == "" ? "" : "&")}{Period}");

    private static async Task<JsonElement> RevenueAsync(HttpClient client, string location) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/bi/revenue-intelligence?{location}&from=2026-10-01&to=2026-11-30&include_forecast=false");

    private static decimal SummaryRevenue(JsonElement revenue) =>
        revenue.GetProperty("summary_metrics").GetProperty("current").GetProperty("revenue").GetDecimal();

    private static double Metric(JsonElement kpis, string name) => kpis.GetProperty("metrics").GetProperty(name).GetDouble();

    private static IEnumerable<string> LocationIds(JsonElement kpis) =>
        kpis.GetProperty("locations").EnumerateArray().Select(r => r.GetProperty("location_id").GetString()!);

    private static Regex KpiText(string kpi) => new($"data-testid=\"kpi-{kpi}\"[^>]*>([^<]*)<");

    [GeneratedRegex("data-testid=\"location-row-([^\"]+)\"")]
    private static partial Regex ComparisonRow();
}
