using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using JorgeBi.Data.Access;
using JorgeBi.Data.Events;

namespace JorgeBi.Tests.Api;

/// <summary>
/// With ConnectionStrings:PostgresRead set, dashboards answer from the read database while
/// keys, ingestion and everything else stay on the primary. The two databases hold
/// different data, so each answer shows where it came from.
/// </summary>
public sealed class ReadConnectionTests(ReadConnectionTests.SplitFactory app) : IClassFixture<ReadConnectionTests.SplitFactory>
{
    /// <summary>The app over an empty primary and a read database holding the example events.</summary>
    public sealed class SplitFactory : ApiFactory
    {
        public TestDatabase ReadDatabase { get; } = new();

        protected override IReadOnlyDictionary<string, string?> Settings =>
            new Dictionary<string, string?> { ["ConnectionStrings:PostgresRead"] = ReadDatabase.ConnectionString };

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await ReadDatabase.InitializeAsync();
            await new AppliedEventStore(ReadDatabase.DataSource).IngestAsync(ExampleEvents.Load());
        }

        protected override async Task DisposeDatabasesAsync()
        {
            await base.DisposeDatabasesAsync();
            await ReadDatabase.DisposeAsync();
        }
    }

    [Fact]
    public async Task DashboardKpis_ReadConnectionConfigured_AnswersFromTheReadDatabase()
    {
        // The key lives on the primary only: authentication reads the primary.
        var client = await app.ClientWithScopesAsync(ApiKeyScopes.BiRead);

        var body = await client.GetFromJsonAsync<JsonElement>("/api/bi/dashboard-kpis?from=2026-11-01&to=2026-11-30");

        var metrics = body.GetProperty("metrics");
        Assert.Equal(1, metrics.GetProperty("deals_closed").GetDouble());
        Assert.Equal(738000, metrics.GetProperty("revenue").GetDouble());
        Assert.Equal(0, await CountEventsAsync(app.Database));
    }

    [Fact]
    public async Task PostEvents_ReadConnectionConfigured_StoresOnThePrimary()
    {
        var writer = await app.ClientWithScopesAsync(ApiKeyScopes.EventsWrite);
        var readEventsBefore = await CountEventsAsync(app.ReadDatabase);
        var lead = new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(), ["type"] = "lead.created", ["occurredAt"] = "2026-11-02T10:00:00Z",
            ["locationId"] = "default", ["leadId"] = "lead-primary-only", ["data"] = new JsonObject { ["source"] = "zillow", ["leadType"] = "seller", ["temperature"] = "warm" },
        };

        var response = await writer.PostAsync("/api/events", new StringContent(lead.ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(1, await CountEventsAsync(app.Database));
        Assert.Equal(readEventsBefore, await CountEventsAsync(app.ReadDatabase));
    }

    private static async Task<long> CountEventsAsync(TestDatabase database)
    {
        await using var conn = await database.DataSource.OpenConnectionAsync();
        return await conn.ExecuteScalarAsync<long>("select count(*) from event");
    }
}
