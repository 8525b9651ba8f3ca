using System.Net.Http.Json;
using System.Text.Json;

namespace JorgeBi.Tests.Security;

/// <summary>The bot matrix for all locations, asked by scoped callers: only the locations they may see are added up.</summary>
public sealed partial class LocationScopeTests
{
    private const string BotPeriod = "from=2026-10-01&to=2026-11-30";

    [Fact]
    public async Task ScopedKey_BotPerformanceForAllLocations_IsItsOwnLocationAlone()
    {
        var client = (await app.CallersAsync())[ScopedCaller.ReadKey];

        var all = await BotsAsync(client, "location_id=all");
        var own = await BotsAsync(client, $"location_id={AccessMatrix.ScopedLocation}");

        Assert.True(own.GetProperty("system_health").GetProperty("interactions").GetInt64() > 0, "the location has bot traffic in the period");
        Assert.Equal(own.GetProperty("bot_metrics").ToString(), all.GetProperty("bot_metrics").ToString());
        Assert.Equal(own.GetProperty("system_health").ToString(), all.GetProperty("system_health").ToString());
    }

    [Fact]
    public async Task KeyOfTwoLocations_BotPerformanceForAllLocations_AddsUpThoseTwoOnly()
    {
        var client = (await app.CallersAsync())[ScopedCaller.TwoLocationKey];

        var all = Rows(await BotsAsync(client, "location_id=all"));
        var north = Rows(await BotsAsync(client, $"location_id={AccessMatrix.ScopedLocation}"));
        var south = Rows(await BotsAsync(client, $"location_id={SecondLocation}"));

        Assert.Equal(north.Keys.Order(), all.Keys.Order());
        foreach (var (bot, row) in all)
        {
            foreach (var column in new[] { "interactions", "conversations", "handoffs", "appointments", "deals_closed" })
                Assert.Equal(north[bot].GetProperty(column).GetInt64() + south[bot].GetProperty(column).GetInt64(), row.GetProperty(column).GetInt64());
        }
        Assert.True(all.Values.Sum(r => r.GetProperty("interactions").GetInt64()) > 0, "the locations have bot traffic");
    }

    [Fact]
    public async Task ScopedManager_BotsPageForAllLocations_ShowsItsOwnOfficeAlone()
    {
        var client = (await app.CallersAsync())[ScopedCaller.Manager];

        var all = await client.GetStringAsync("/bots?location_id=all&" + BotPeriod);
        var own = await client.GetStringAsync($"/bots?location_id={AccessMatrix.ScopedLocation}&" + BotPeriod);

        var success = KpiText("bot_success_rate").Match(own).Groups[1].Value;
        Assert.NotEqual("", success);
        Assert.Equal(success, KpiText("bot_success_rate").Match(all).Groups[1].Value);
        Assert.Equal(KpiText("p95_response_time_ms").Match(own).Groups[1].Value, KpiText("p95_response_time_ms").Match(all).Groups[1].Value);
    }

    private static async Task<JsonElement> BotsAsync(HttpClient client, string location)
    {
        var response = await client.GetAsync($"/api/bi/bot-performance?{location}&{BotPeriod}");
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Dictionary<string, JsonElement> Rows(JsonElement bots) =>
        bots.GetProperty("bot_metrics").EnumerateArray().ToDictionary(r => r.GetProperty("bot_id").GetString()!);
}
