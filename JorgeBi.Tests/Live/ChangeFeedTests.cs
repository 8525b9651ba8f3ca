using System.Text;
using Dapper;
using JorgeBi.Core.Events;
using JorgeBi.Core.Live;
using JorgeBi.Data.Access;
using JorgeBi.Data.ChangeFeed;
using JorgeBi.Data.Hosting;
using JorgeBi.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Tests.Live;

/// <summary>Two app instances on one database, connected only through PostgreSQL's NOTIFY.</summary>
public sealed class ChangeFeedTests(ApiFactory first) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private WebApplication _second = null!;

    /// <summary>The second instance is the real thing: the app's own host on a Kestrel port.</summary>
    public async Task InitializeAsync()
    {
        _ = first.CreateClient();
        _second = await WebHost.BuildAsync(
        [
            "--urls", "http://127.0.0.1:0", "--environment", "Testing", "--applicationName", "JorgeBi.Web",
            "--ConnectionStrings:Postgres", first.Database.ConnectionString, "--Serilog:MinimumLevel:Default", "Warning",
        ], DatabasePreparation.Migrated);
        _second.UseJorgeBi();
        await _second.StartAsync();
        await WaitUntilListeningAsync(_second.Services);
    }

    public async Task DisposeAsync()
    {
        await _second.StopAsync();
        await _second.DisposeAsync();
    }

    [Fact]
    public async Task EventPostedThroughOneInstance_ReachesTheOther()
    {
        var received = Subscribe(_second.Services, "feed-a");

        var started = System.Diagnostics.Stopwatch.StartNew();
        await PostAsync(first, "feed-a");
        var change = await received.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Contains(EventTypes.LeadCreated, change.Kinds);
        Assert.True(change.MaxSeq > change.AfterSeq);
        Console.WriteLine($"Instance to instance: {started.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task ListenerConnectionKilled_ReconnectsAndCatchesUpWithoutLoss()
    {
        var state = _second.Services.GetRequiredService<ChangeFeedState>();
        var reconnectsBefore = state.Reconnects;
        await using (var conn = await first.Database.DataSource.OpenConnectionAsync())
        {
            await conn.ExecuteAsync("select pg_terminate_backend(pid) from pg_stat_activity where application_name = @name", new { name = ChangeFeedListener.ApplicationName });
        }
        // Committed while the listener may be away: its notification can be lost, the catch-up must not.
        var received = Subscribe(_second.Services, "feed-b");
        await PostAsync(first, "feed-b");

        var change = await received.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal("feed-b", change.LocationId);
        await WaitUntilListeningAsync(_second.Services);
        Assert.True(state.Reconnects > reconnectsBefore);
    }

    private static Task<LiveChange> Subscribe(IServiceProvider services, string location)
    {
        var received = new TaskCompletionSource<LiveChange>(TaskCreationOptions.RunContinuationsAsynchronously);
        services.GetRequiredService<LiveUpdates>().Subscribe(location, c => { received.TrySetResult(c); return Task.CompletedTask; });
        return received.Task;
    }

    private static async Task PostAsync(ApiFactory app, string location)
    {
        var client = await app.ClientWithScopesAsync(ApiKeyScopes.EventsWrite);
        var json = new System.Text.Json.Nodes.JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(), ["type"] = "lead.created", ["occurredAt"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            ["locationId"] = location, ["leadId"] = "lead-live",
            ["data"] = new System.Text.Json.Nodes.JsonObject { ["source"] = "website", ["leadType"] = "buyer" },
        }.ToJsonString();
        var response = await client.PostAsync("/api/events", new StringContent(json, Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
    }

    private static async Task WaitUntilListeningAsync(IServiceProvider services)
    {
        var state = services.GetRequiredService<ChangeFeedState>();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!state.Listening && waited.Elapsed < TimeSpan.FromSeconds(15)) await Task.Delay(50);
        Assert.True(state.Listening, "the change feed did not (re)connect");
    }
}
