using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;
using JorgeBi.Core.Kpis;
using JorgeBi.Data.Access;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Tests.Settings;

/// <summary>The settings API over the whole app: admin keys only, every bad field named, every change audited and seen at once.</summary>
public sealed class SettingsApiTests(ApiFactory app) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task PutLocation_NewTarget_DashboardShowsItAtOnceAndAuditNamesTheKey()
    {
        var admin = await app.ClientWithScopesAsync(ApiKeyScopes.Admin);
        var reader = await app.ClientWithScopesAsync(ApiKeyScopes.BiRead);
        var before = await reader.GetFromJsonAsync<JsonElement>("/api/bi/dashboard-kpis?location_id=default&timeframe=7d");

        var put = await admin.PutAsync("/api/settings/locations/default", Json("""{"name":"Rancho office","monthly_commission_target":200000}"""));
        var after = await reader.GetFromJsonAsync<JsonElement>("/api/bi/dashboard-kpis?location_id=default&timeframe=7d");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var saved = await put.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Rancho office", 200000m, false), (saved.GetProperty("name").GetString(), saved.GetProperty("monthly_commission_target").GetDecimal(), saved.GetProperty("is_new").GetBoolean()));
        Assert.Equal(150000m, before.GetProperty("jorge_commission").GetProperty("monthly_target").GetDecimal());
        Assert.Equal(200000m, after.GetProperty("jorge_commission").GetProperty("monthly_target").GetDecimal());
        var audit = (await new AuditLog(app.Database.DataSource).RecentAsync(50)).First(e => e.Action == "settings.location");
        Assert.Equal("default", audit.Target);
        Assert.NotEqual("api", audit.Actor);
        Assert.Contains("monthly_commission_target 150000 -> 200000", audit.Detail);
    }

    [Fact]
    public async Task PutLocation_Unknown_Created201WithDefaultsForWhatIsLeftOut()
    {
        var admin = await app.ClientWithScopesAsync(ApiKeyScopes.Admin);

        var put = await admin.PutAsync("/api/settings/locations/berlin", Json("""{"name":"Berlin","time_zone":"Europe/Berlin"}"""));
        var listed = await admin.GetFromJsonAsync<JsonElement>("/api/settings/locations");

        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        Assert.Equal("/api/settings/locations/berlin", put.Headers.Location?.OriginalString);
        var berlin = listed.EnumerateArray().Single(l => l.GetProperty("location_id").GetString() == "berlin");
        Assert.Equal(("Europe/Berlin", 0.06m, 150000m), (berlin.GetProperty("time_zone").GetString(),
            berlin.GetProperty("commission_rate").GetDecimal(), berlin.GetProperty("monthly_commission_target").GetDecimal()));
        Assert.Equal("Europe/Berlin", (await app.Services.GetRequiredService<ILocationSource>().FindAsync("berlin"))!.TimeZone);
    }

    [Theory]
    [InlineData("/api/settings/locations/default", """{"time_zone":"Mars/Olympus_Mons"}""", "time_zone")]
    [InlineData("/api/settings/locations/default", """{"time_zone":"PST"}""", "time_zone")]
    [InlineData("/api/settings/locations/default", """{"commission_rate":0.5}""", "commission_rate")]
    [InlineData("/api/settings/locations/default", """{"commission_rate":"6%"}""", "commission_rate")]
    [InlineData("/api/settings/locations/default", """{"monthly_commission_target":-1}""", "monthly_commission_target")]
    [InlineData("/api/settings/locations/default", """{"name":""}""", "name")]
    [InlineData("/api/settings/locations/default", """{"target":5}""", "target")]
    [InlineData("/api/settings/locations/Not%20An%20Id", """{}""", "location_id")]
    [InlineData("/api/settings/bots/jorge-seller", """{"success_target":1.5}""", "success_target")]
    [InlineData("/api/settings/bots/jorge-seller", """{"response_target_ms":0}""", "response_target_ms")]
    [InlineData("/api/settings/sources/zillow", """{}""", "name")]
    public async Task Put_BadValue_400NamingTheField(string path, string body, string field)
    {
        var admin = await app.ClientWithScopesAsync(ApiKeyScopes.Admin);

        await Problems.AssertNamesFieldAsync(await admin.PutAsync(path, Json(body)), field);
    }

    [Theory]
    [InlineData(ApiKeyScopes.BiRead)]
    [InlineData(ApiKeyScopes.EventsWrite)]
    public async Task Settings_KeyWithoutAdmin_403AndNothingChanged(string scope)
    {
        var client = await app.ClientWithScopesAsync(scope);

        var put = await client.PutAsync("/api/settings/locations/not-allowed", Json("""{"name":"Nope"}"""));
        var get = await client.GetAsync("/api/settings/bots");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (put.StatusCode, get.StatusCode));
        Assert.Null(await app.Services.GetRequiredService<JorgeBi.Data.Settings.SettingsStore>().FindLocationAsync("not-allowed"));
    }

    [Fact]
    public async Task PutBot_NewTarget_BotMatrixHoldsTheBotToIt_UnknownBot404()
    {
        var admin = await app.ClientWithScopesAsync(ApiKeyScopes.Admin);
        var reader = await app.ClientWithScopesAsync(ApiKeyScopes.BiRead);

        var put = await admin.PutAsync("/api/settings/bots/lead-bot", Json("""{"response_target_ms":80,"success_target":0.9}"""));
        var unknown = await admin.PutAsync("/api/settings/bots/no-such-bot", Json("""{"name":"Ghost"}"""));
        var matrix = await reader.GetFromJsonAsync<JsonElement>("/api/bi/bot-performance?timeframe=7d");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NotFound), (put.StatusCode, unknown.StatusCode));
        var leadBot = matrix.GetProperty("bot_metrics").EnumerateArray().Single(b => b.GetProperty("bot_id").GetString() == "lead-bot");
        Assert.Equal((80, 0.9m), (leadBot.GetProperty("response_target_ms").GetInt32(), leadBot.GetProperty("success_target").GetDecimal()));
        Assert.Contains(await new AuditLog(app.Database.DataSource).RecentAsync(50), e => e is { Action: "settings.bot", Target: "lead-bot" });
    }

    [Fact]
    public async Task PutLocation_NewTimeZoneOfAnOfficeWithHistory_Accepted202_409WhileQueued_ThenMovedInTheBackground()
    {
        var history = new FixtureEvents("tz-api");
        history.Lead(new DateTime(2026, 6, 10, 5, 30, 0, DateTimeKind.Utc));
        await history.IngestAsync(app.Database.DataSource);
        var admin = await app.ClientWithScopesAsync(ApiKeyScopes.Admin);

        HttpResponseMessage put, busy;
        // Holding the aggregator's lock keeps the app's worker from starting the move meanwhile.
        await using (var conn = await app.Database.DataSource.OpenConnectionAsync())
        await using (var tx = await conn.BeginTransactionAsync())
        {
            await conn.ExecuteAsync("select pg_advisory_xact_lock(hashtext('jorgebi.ingest'))", transaction: tx);
            put = await admin.PutAsync("/api/settings/locations/tz-api", Json("""{"time_zone":"Asia/Kolkata"}"""));
            busy = await admin.PutAsync("/api/settings/locations/tz-api", Json("""{"name":"Pune office"}"""));
        }
        var moved = await WaitForMoveAsync(admin, "/api/settings/locations/tz-api");

        Assert.Equal((HttpStatusCode.Accepted, "/api/settings/locations/tz-api"), (put.StatusCode, put.Headers.Location?.OriginalString));
        var queued = await put.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("America/Los_Angeles", "queued", "Asia/Kolkata"), (queued.GetProperty("time_zone").GetString(),
            queued.GetProperty("rebucket").GetProperty("state").GetString(), queued.GetProperty("rebucket").GetProperty("to_time_zone").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, busy.StatusCode);
        var problem = await busy.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("Asia/Kolkata", problem.GetProperty("errors").GetProperty("time_zone")[0].GetString());
        Assert.Equal(("Asia/Kolkata", "tz-api", "done", 1.0), (moved.GetProperty("time_zone").GetString(), moved.GetProperty("name").GetString(),
            moved.GetProperty("rebucket").GetProperty("state").GetString(), moved.GetProperty("rebucket").GetProperty("progress").GetDouble()));
    }

    private static async Task<JsonElement> WaitForMoveAsync(HttpClient admin, string path)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (true)
        {
            var location = await admin.GetFromJsonAsync<JsonElement>(path, patience.Token);
            if (location.GetProperty("rebucket").GetProperty("state").GetString() is "done" or "failed") return location;
            await Task.Delay(50, patience.Token);
        }
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
