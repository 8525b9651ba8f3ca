using System.Net.Http.Json;
using System.Text.Json;
using JorgeBi.Data.Access;

namespace JorgeBi.Tests.Company;

/// <summary>
/// real-time-metrics, predictive-insights and anomaly-detection for location_id=all over HTTP:
/// the offices of <see cref="TwoZoneCompany"/> and the always-present empty default, at its "now".
/// </summary>
public sealed class CompanyLiveApiTests(CompanyApiTests.Factory app) : IClassFixture<CompanyApiTests.Factory>
{
    [Fact]
    public async Task RealTimeMetrics_All_SumsEachOfficesOwnToday()
    {
        var client = await app.ClientWithScopesAsync(ApiKeyScopes.BiRead);

        var all = (await client.GetFromJsonAsync<JsonElement>("/api/bi/real-time-metrics?location_id=all")).GetProperty("today");
        var la = (await client.GetFromJsonAsync<JsonElement>("/api/bi/real-time-metrics?location_id=api-la")).GetProperty("today");
        var ny = (await client.GetFromJsonAsync<JsonElement>("/api/bi/real-time-metrics?location_id=api-ny")).GetProperty("today");

        // Los Angeles' Jun 30: la-3, its 10 ms interaction, the 500,000 deal; New York's Jul 1: ny-1,
        // its 20 ms interaction, the 200,000 deal. p95 of 10 and 20 ms together: 20.
        Assert.Equal((2, 1.0, 20, 2), (all.GetProperty("interactions").GetInt32(), all.GetProperty("success_rate").GetDouble(),
            all.GetProperty("p95_ms").GetDouble(), all.GetProperty("deals").GetInt32()));
        Assert.Equal(la.GetProperty("leads").GetInt32() + ny.GetProperty("leads").GetInt32(), all.GetProperty("leads").GetInt32());
        Assert.Equal(1, la.GetProperty("leads").GetInt32());
    }

    [Fact]
    public async Task RealTimeMetrics_NoLocationNamed_IsAllForACallerSeeingSeveral()
    {
        var client = await app.ClientWithScopesAsync(ApiKeyScopes.BiRead);

        var unnamed = await client.GetFromJsonAsync<JsonElement>("/api/bi/real-time-metrics");
        var all = await client.GetFromJsonAsync<JsonElement>("/api/bi/real-time-metrics?location_id=all");

        Assert.Equal(all.GetProperty("today").ToString(), unnamed.GetProperty("today").ToString());
    }

    [Fact]
    public async Task PredictiveInsights_All_AreEachOfficesFindingsTitledWithIt()
    {
        var client = await app.ClientWithScopesAsync(ApiKeyScopes.BiRead);

        var all = await client.GetFromJsonAsync<JsonElement>("/api/bi/predictive-insights?location_id=all&limit=100");
        var la = await client.GetFromJsonAsync<JsonElement>("/api/bi/predictive-insights?location_id=api-la&limit=100");

        var titles = all.EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToList();
        Assert.Equal(la.EnumerateArray().Select(i => "Los Angeles: " + i.GetProperty("title").GetString()), titles.Where(t => t.StartsWith("Los Angeles: ", StringComparison.Ordinal)));
        Assert.Contains("Los Angeles: This month's commission is on course to miss the target", titles);
        Assert.All(titles, t => Assert.Matches("^(Los Angeles|New York|Jorge Real Estate|default): ", t));
    }

    [Fact]
    public async Task AnomalyDetection_All_IsTheCompanysOwnSeriesByLocalDate()
    {
        var client = await app.ClientWithScopesAsync(ApiKeyScopes.BiRead);

        var body = await client.GetFromJsonAsync<JsonElement>("/api/bi/anomaly-detection?location_id=all&timeframe=7d&sensitivity=0.5");

        // Jun 24: la-1 (00:30 in Los Angeles) and ny-2 (23:30 in New York), two leads on the same local
        // date though a day apart in UTC, after 28 days of nothing; Jun 28: New York's 5,000 commission.
        // Los Angeles' Jun 30 and New York's Jul 1 are not finished everywhere, so their counts are not judged.
        var found = body.GetProperty("anomalies").EnumerateArray()
            .Select(a => (a.GetProperty("date").GetString(), a.GetProperty("metric").GetString(), a.GetProperty("value").GetDouble(), a.GetProperty("expected").GetDouble()))
            .ToList();
        Assert.Equal([("2026-06-24", "total_leads", 2.0, 0.0), ("2026-06-28", "jorge_commission", 5_000.0, 0.0)], found);
        Assert.Equal("7d", body.GetProperty("timeframe").GetString());
    }
}
