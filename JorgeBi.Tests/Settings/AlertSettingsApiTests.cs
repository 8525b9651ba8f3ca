using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using JorgeBi.Core.Alerts;
using JorgeBi.Data.Access;
using JorgeBi.Web.Alerts;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Tests.Settings;

/// <summary>Alert rules, business hours and digest subscriptions over the API: admin keys only, bad fields named, changes audited and in force.</summary>
public sealed class AlertSettingsApiTests(ApiFactory app) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task PutAlerts_OverridesWhatIsGiven_RestFollowsTheDefaults_InForceAndAudited()
    {
        var admin = await app.ClientWithScopesAsync(ApiKeyScopes.Admin);

        var put = await admin.PutAsync("/api/settings/alerts", Json("""{"silence_minutes": 30, "bot_response_enabled": false, "bot_response_margin": 0.25}"""));
        var got = await admin.GetFromJsonAsync<JsonElement>("/api/settings/alerts");
        var inForce = await app.Services.GetRequiredService<AlertRulesSource>().CurrentAsync(default);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal((30, 60), (got.GetProperty("values").GetProperty("silence_minutes").GetInt32(), got.GetProperty("defaults").GetProperty("silence_minutes").GetInt32()));
        Assert.Equal("high", got.GetProperty("values").GetProperty("anomaly_min_severity").GetString());
        Assert.Equal(["bot_response_enabled", "bot_response_margin", "silence_minutes"], got.GetProperty("overridden").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal((30, false, 0.25, 20), (inForce.Silence.Minutes, inForce.BotResponse.Enabled, inForce.BotResponse.Margin, inForce.BotResponse.MinInteractions));
        var audit = (await new AuditLog(app.Database.DataSource).RecentAsync(50)).First(e => e.Action == "settings.alerts");
        Assert.Contains("silence_minutes default -> 30", audit.Detail);
        Assert.Contains("bot_response_enabled default -> off", audit.Detail);

        var reset = await admin.PutAsync("/api/settings/alerts", Json("{}"));
        Assert.Empty((await reset.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("overridden").EnumerateArray());
    }

    [Theory]
    [InlineData("/api/settings/alerts", """{"silence_minutes": 0}""", "silence_minutes")]
    [InlineData("/api/settings/alerts", """{"silence_minutes": "an hour"}""", "silence_minutes")]
    [InlineData("/api/settings/alerts", """{"anomaly_min_severity": "extreme"}""", "anomaly_min_severity")]
    [InlineData("/api/settings/alerts", """{"anomaly_sensitivity": 0}""", "anomaly_sensitivity")]
    [InlineData("/api/settings/alerts", """{"bot_timeframe": "1y"}""", "bot_timeframe")]
    [InlineData("/api/settings/alerts", """{"bot_response_margin": -0.1}""", "bot_response_margin")]
    [InlineData("/api/settings/alerts", """{"commission_pace_tolerance": 1.5}""", "commission_pace_tolerance")]
    [InlineData("/api/settings/alerts", """{"silence": 5}""", "silence")]
    [InlineData("/api/settings/business-hours/default", """{"days": ["funday"], "opens_at": "09:00", "closes_at": "17:00"}""", "days")]
    [InlineData("/api/settings/business-hours/default", """{"days": ["monday"], "opens_at": "9am", "closes_at": "17:00"}""", "opens_at")]
    [InlineData("/api/settings/business-hours/default", """{"days": ["monday"], "opens_at": "18:00", "closes_at": "09:00"}""", "closes_at")]
    [InlineData("/api/settings/business-hours/default", """{"days": ["monday"]}""", "opens_at")]
    public async Task Put_BadValue_400NamingTheField(string path, string body, string field)
    {
        var admin = await app.ClientWithScopesAsync(ApiKeyScopes.Admin);

        await Problems.AssertNamesFieldAsync(await admin.PutAsync(path, Json(body)), field);
    }

    [Theory]
    [InlineData("""{"email": "not an address", "frequency": "daily", "location_id": "default"}""", "email")]
    [InlineData("""{"email": "ana@example.com", "frequency": "hourly", "location_id": "default"}""", "frequency")]
    [InlineData("""{"email": "ana@example.com", "frequency": "weekly", "location_id": "nowhere"}""", "location_id")]
    [InlineData("""{"email": "ana@example.com", "frequency": "weekly"}""", "location_id")]
    public async Task PostDigest_BadValue_400NamingTheField(string body, string field)
    {
        var admin = await app.ClientWithScopesAsync(ApiKeyScopes.Admin);

        await Problems.AssertNamesFieldAsync(await admin.PostAsync("/api/settings/digests", Json(body)), field);
    }

    [Fact]
    public async Task PutBusinessHours_OwnHoursShown_EmptyBodyReturnsToTheDefault_UnknownLocation404()
    {
        var admin = await app.ClientWithScopesAsync(ApiKeyScopes.Admin);

        var put = await admin.PutAsync("/api/settings/business-hours/default", Json("""{"days": ["Friday", "monday"], "opens_at": "09:30", "closes_at": "17:00"}"""));
        var listed = await admin.GetFromJsonAsync<JsonElement>("/api/settings/business-hours");
        var reset = await admin.PutAsync("/api/settings/business-hours/default", Json("{}"));
        var unknown = await admin.PutAsync("/api/settings/business-hours/nowhere", Json("{}"));

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var own = listed.EnumerateArray().Single(h => h.GetProperty("location_id").GetString() == "default");
        Assert.Equal(["monday", "friday"], own.GetProperty("days").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(("09:30", "17:00", false), (own.GetProperty("opens_at").GetString(), own.GetProperty("closes_at").GetString(), own.GetProperty("is_default").GetBoolean()));
        var back = await reset.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("08:00", "20:00", true), (back.GetProperty("opens_at").GetString(), back.GetProperty("closes_at").GetString(), back.GetProperty("is_default").GetBoolean()));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var audit = (await new AuditLog(app.Database.DataSource).RecentAsync(50)).Where(e => e.Action == "settings.business_hours").Select(e => e.Detail).ToList();
        Assert.Contains("Mon, Tue, Wed, Thu, Fri, Sat 08:00-20:00 (default) -> Mon, Fri 09:30-17:00", audit);
    }

    [Fact]
    public async Task Digests_Subscribe201_Again200_Remove204_ThenGone404_Audited()
    {
        var admin = await app.ClientWithScopesAsync(ApiKeyScopes.Admin);
        var body = """{"email": "maria@example.com", "frequency": "weekly", "location_id": "default"}""";

        var created = await admin.PostAsync("/api/settings/digests", Json(body));
        var again = await admin.PostAsync("/api/settings/digests", Json(body));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("subscription_id").GetInt64();
        var listed = await admin.GetFromJsonAsync<JsonElement>("/api/settings/digests");
        var removed = await admin.DeleteAsync($"/api/settings/digests/{id}");
        var gone = await admin.DeleteAsync($"/api/settings/digests/{id}");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (created.StatusCode, again.StatusCode));
        Assert.Equal($"/api/settings/digests/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal(id, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("subscription_id").GetInt64());
        Assert.Contains(listed.EnumerateArray(), s => s.GetProperty("subscription_id").GetInt64() == id && s.GetProperty("email").GetString() == "maria@example.com");
        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NotFound), (removed.StatusCode, gone.StatusCode));
        var audit = await new AuditLog(app.Database.DataSource).RecentAsync(50);
        Assert.Single(audit, e => e is { Action: "settings.digest.create", Target: "maria@example.com", Detail: "weekly digest of default" });
        Assert.Single(audit, e => e is { Action: "settings.digest.delete", Target: "maria@example.com" });
    }

    [Theory]
    [InlineData(ApiKeyScopes.BiRead)]
    [InlineData(ApiKeyScopes.EventsWrite)]
    public async Task AlertSettings_KeyWithoutAdmin_403(string scope)
    {
        var client = await app.ClientWithScopesAsync(scope);

        var put = await client.PutAsync("/api/settings/alerts", Json("""{"silence_minutes": 5}"""));
        var hours = await client.GetAsync("/api/settings/business-hours");
        var digest = await client.PostAsync("/api/settings/digests", Json("""{"email": "x@example.com", "frequency": "daily", "location_id": "default"}"""));

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (put.StatusCode, hours.StatusCode, digest.StatusCode));
        Assert.NotEqual(5, (await app.Services.GetRequiredService<AlertRulesSource>().CurrentAsync(default)).Silence.Minutes);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
