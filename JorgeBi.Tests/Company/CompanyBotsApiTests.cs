using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JorgeBi.Data.Access;
using JorgeBi.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Tests.Company;

/// <summary>bot-performance for location_id=all over HTTP: the offices of <see cref="TwoZoneBots"/> and the empty default, at their "now".</summary>
public sealed class CompanyBotsApiTests(CompanyBotsApiTests.Factory app) : IClassFixture<CompanyBotsApiTests.Factory>
{
    public sealed class Factory : ApiFactory
    {
        public TwoZoneCompany Offices { get; } = new("apibots");

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await TwoZoneBots.SeedAsync(Offices, Database.DataSource);
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new ManualClock(TwoZoneCompany.Now)));
        }
    }

    [Fact]
    public async Task BotPerformance_All_Answers200WithTheCombinedMatrix()
    {
        var client = await app.ClientWithScopesAsync(ApiKeyScopes.BiRead);

        var response = await client.GetAsync("/api/bi/bot-performance?location_id=all&timeframe=7d");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var seller = body.GetProperty("bot_metrics").EnumerateArray().Single(r => r.GetProperty("bot_id").GetString() == TwoZoneBots.Seller);
        Assert.Equal(26, seller.GetProperty("interactions").GetInt64());
        Assert.Equal(24.0 / 26, seller.GetProperty("success_rate").GetDouble(), 12);
        // The merged histograms' p95s: neither office's own (200 and 100 ms; 200 and 20 ms for all bots).
        Assert.Equal(180, seller.GetProperty("p95_response_ms").GetDouble());
        Assert.Equal(50_000, seller.GetProperty("commission_attributed").GetDecimal());
        Assert.Equal(130, body.GetProperty("system_health").GetProperty("p95_response_ms").GetDouble());
        Assert.Equal(41, body.GetProperty("system_health").GetProperty("interactions").GetInt64());
        Assert.Equal(2, body.GetProperty("performance_alerts").GetArrayLength());
    }

    [Fact]
    public async Task BotPerformance_NoLocation_CallerSeeingSeveral_GetsAll()
    {
        var client = await app.ClientWithScopesAsync(ApiKeyScopes.BiRead);

        var unnamed = await client.GetFromJsonAsync<JsonElement>("/api/bi/bot-performance?timeframe=7d");
        var all = await client.GetFromJsonAsync<JsonElement>("/api/bi/bot-performance?location_id=all&timeframe=7d");
        var ny = await client.GetFromJsonAsync<JsonElement>($"/api/bi/bot-performance?location_id={app.Offices.NewYork.LocationId}&timeframe=7d");

        Assert.Equal(all.GetProperty("bot_metrics").ToString(), unnamed.GetProperty("bot_metrics").ToString());
        Assert.Equal(34, ny.GetProperty("system_health").GetProperty("interactions").GetInt64());
    }
}
