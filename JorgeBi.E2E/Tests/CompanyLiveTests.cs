using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using JorgeBi.Data.Access;
using JorgeBi.Data.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.E2E.Tests;

/// <summary>
/// "All locations" on the live and insights pages: the seeded Los Angeles office (default) and
/// the East office in New York (<see cref="CompanyViewTests.EnsureEastAsync"/>), combined.
/// </summary>
public sealed class CompanyLiveTests(AppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(app, browser, output)
{
    private const string DefaultOffice = "default";

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task LiveForAllLocations_CountersAreTheOfficesSummed_AnEventOfEitherOfficeMovesThem(string viewport)
    {
        await CompanyViewTests.EnsureEastAsync(App);
        var (session, page) = await OpenAsync(viewport, p => new LivePage(p, "/live?location_id=all"));
        await using var _ = session;
        using var reader = await ApiClientAsync(ApiKeyScopes.BiRead);
        using var writer = await ApiClientAsync(ApiKeyScopes.EventsWrite);

        var leads = await TodayAsync(reader, DefaultOffice, "leads") + await TodayAsync(reader, CompanyViewTests.East, "leads");
        var interactions = await TodayAsync(reader, DefaultOffice, "interactions") + await TodayAsync(reader, CompanyViewTests.East, "interactions");
        await Expect(page.Today("leads")).ToHaveTextAsync(Count(leads));
        await Expect(page.Today("interactions")).ToHaveTextAsync(Count(interactions));
        await Expect(page.GeneratedAt).ToContainTextAsync("All locations");
        await Expect(page.Feed.GetByRole(AriaRole.Columnheader, new() { Name = "Office" })).ToBeVisibleAsync();
        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync("live-all")}");

        foreach (var (office, name) in new[] { (CompanyViewTests.East, "East office"), (DefaultOffice, "Jorge Real Estate") })
        {
            var lead = $"lead-all-{Guid.NewGuid():N}"[..20];
            (await writer.PostAsync("/api/events", new StringContent(Event(office, lead).ToJsonString(), Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
            leads++;

            await Expect(page.Today("leads")).ToHaveTextAsync(Count(leads), new() { Timeout = 30_000 });
            var newest = page.FeedRows.First;
            await Expect(newest).ToContainTextAsync(lead);
            await Expect(newest.GetByTestId("live-feed-office")).ToHaveTextAsync(name);
        }
        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync("live-all-moved")}");
        Assert.Equal(0, await AppShell.OverflowOfAsync(page.Feed));
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task InsightsForAllLocations_ShowTheCompanysAnomaliesAndEachOfficesInsights(string viewport)
    {
        await CompanyViewTests.EnsureEastAsync(App);
        var (session, page) = await OpenAsync(viewport, p => new InsightsPage(p, "/insights?location_id=all"));
        await using var _ = session;
        using var reader = await ApiClientAsync(ApiKeyScopes.BiRead);

        var insights = await reader.GetFromJsonAsync<JsonElement>("/api/bi/predictive-insights?location_id=all");
        var anomalies = await reader.GetFromJsonAsync<JsonElement>("/api/bi/anomaly-detection?location_id=all&timeframe=7d&sensitivity=0.5");
        var titles = insights.EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToArray();
        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync("insights-all")}");

        await Expect(page.Page.GetByTestId("insight-title")).ToHaveTextAsync(titles);
        // Each finding is titled with its office: any the owner sees (other tests add offices of their own).
        var offices = (await App.Services.GetRequiredService<SettingsStore>().ListLocationsAsync()).Select(l => l.Name + ": ").ToList();
        Assert.All(titles, t => Assert.Contains(offices, o => t.StartsWith(o, StringComparison.Ordinal)));
        var rows = anomalies.GetProperty("anomalies").GetArrayLength();
        await Expect(page.AnomalyTable.GetByTestId("anomaly-value")).ToHaveCountAsync(rows);
        await Expect(page.Charts.Locator("svg.apexcharts-svg")).ToHaveCountAsync(4);
        Assert.Equal(0, await AppShell.OverflowOfAsync(page.AnomalyTable));
        Output.WriteLine($"insights {titles.Length}, anomalies {rows}");
    }

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static async Task<long> TodayAsync(HttpClient reader, string office, string counter) =>
        (await reader.GetFromJsonAsync<JsonElement>($"/api/bi/real-time-metrics?location_id={office}&force_refresh=true"))
        .GetProperty("today").GetProperty(counter).GetInt64();

    private async Task<HttpClient> ApiClientAsync(string scope)
    {
        var key = await App.Services.GetRequiredService<ApiKeyStore>().CreateAsync("e2e-all-" + Guid.NewGuid().ToString("N")[..8], [scope]);
        var client = new HttpClient { BaseAddress = App.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.Key);
        return client;
    }

    private static JsonObject Event(string office, string lead) => new()
    {
        ["id"] = Guid.NewGuid().ToString(),
        ["type"] = "lead.created",
        ["occurredAt"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ"),
        ["locationId"] = office,
        ["leadId"] = lead,
        ["data"] = new JsonObject { ["source"] = "website", ["leadType"] = "buyer" },
    };
}
