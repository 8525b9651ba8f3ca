using System.Net.Http.Json;
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

        Assert.Equal(own.ToString(), unnamed.ToString());
        Assert.False(unnamed.TryGetProperty("locations", out _));
    }

    [Fact]
    public async Task ScopedKey_AllLocationsWhereTheyDoNotCombine_Is422NamingLocationId()
    {
        var client = (await app.CallersAsync())[ScopedCaller.ReadKey];

        var response = await client.GetAsync("/api/bi/revenue-intelligence?location_id=all");

        Assert.Equal(422, (int)response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("location_id", out _));
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
        Assert.DoesNotContain("one-location-only", live + insights);
        Assert.DoesNotContain("Jorge Real Estate", live + insights);
        Assert.Contains("data-testid=\"anomaly-table\"", insights);
    }

    private static long Today(JsonElement live, string counter) => live.GetProperty("today").GetProperty(counter).GetInt64();

    private static async Task<JsonElement> KpisAsync(HttpClient client, string location) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/bi/dashboard-kpis?{location}{(location == "" ? "" : "&")}{Period}");

    private static double Metric(JsonElement kpis, string name) => kpis.GetProperty("metrics").GetProperty(name).GetDouble();

    private static IEnumerable<string> LocationIds(JsonElement kpis) =>
        kpis.GetProperty("locations").EnumerateArray().Select(r => r.GetProperty("location_id").GetString()!);

    private static Regex KpiText(string kpi) => new($"data-testid=\"kpi-{kpi}\"[^>]*>([^<]*)<");

    [GeneratedRegex("data-testid=\"location-row-([^\"]+)\"")]
    private static partial Regex ComparisonRow();
}
