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
