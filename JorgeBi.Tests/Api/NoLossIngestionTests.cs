using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using JorgeBi.Core.Events;
using JorgeBi.Data.Access;
using JorgeBi.Data.Events;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace JorgeBi.Tests.Api;

/// <summary>
/// Several senders post a known set of events while PostgreSQL is stopped and started in
/// the middle; they retry what was refused, as the API tells them to. Every event ends up
/// stored exactly once and the rollups equal a rebuild from the facts. Runs on a cluster of
/// its own, since it really stops PostgreSQL.
/// </summary>
public sealed class NoLossIngestionTests() : OwnClusterApp("noloss")
{
    private const string Location = "no-loss";
    private const int Senders = 4;
    private const int BatchSize = 10;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["RateLimiting:Ingest:TokenLimit"] = "100000" };

    [Fact]
    public async Task ConcurrentSenders_DatabaseRestartedMidway_EveryEventStoredOnce_RollupsMatchFacts()
    {
        var events = RandomEvents.Generate(seed: 21, leads: 120, days: 6, location: Location);
        var batches = RandomEvents.ShuffledBatches(events, 21).SelectMany(b => b.Chunk(BatchSize)).ToList();
        var client = App.CreateClient();
        var key = await App.Services.GetRequiredService<ApiKeyStore>().CreateAsync("no-loss", [ApiKeyScopes.EventsWrite]);
        client.DefaultRequestHeaders.Authorization = new("Bearer", key.Key);
        var run = new SendRun(client, batches.Count / 3);

        var senders = Enumerable.Range(0, Senders)
            .Select(s => run.SendAsync(batches.Where((_, i) => i % Senders == s).ToList()))
            .ToList();
        await run.ThirdSent.Task;
        await StopDatabaseAsync();
        run.OutageStarted.SetResult();
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await StartDatabaseAsync();
        await Task.WhenAll(senders);

        Assert.True(run.Refused > 0, "no sender was refused: the outage happened outside the run");
        Assert.Empty(run.Unexpected);
        Assert.InRange(run.Accepted, 0, events.Count);
        await using var db = NpgsqlDataSource.Create(ConnectionString);
        await using (var conn = await db.OpenConnectionAsync())
        {
            var stored = await conn.QueryAsync<Guid>("select event_id from event where location_id = @Location", new { Location });
            Assert.Equal(events.Select(e => e.Id).Order(), stored.Order());
        }
        await AppliedLog.WaitUntilCaughtUpAsync(db);
        var incremental = await RollupSnapshot.ReadAsync(db, Location);
        await new AppliedEventStore(db).RebuildRollupsAsync(Location);
        Assert.Equal(await RollupSnapshot.ReadAsync(db, Location), incremental);
    }

    /// <summary>What the senders saw: accepted events, refusals they retried, and anything they should never see.</summary>
    private sealed class SendRun(HttpClient client, int third)
    {
        private int _sentBatches;
        private int _accepted;
        private int _refused;

        public TaskCompletionSource ThirdSent { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource OutageStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public System.Collections.Concurrent.ConcurrentBag<string> Unexpected { get; } = [];
        public int Accepted => _accepted;
        public int Refused => _refused;

        public async Task SendAsync(IReadOnlyList<BiEvent[]> batches)
        {
            foreach (var batch in batches)
            {
                // Holding back once a third is in makes sure every sender still has work while the database is down.
                if (ThirdSent.Task.IsCompleted) await OutageStarted.Task;
                await SendUntilStoredAsync(batch);
                if (Interlocked.Increment(ref _sentBatches) == third) ThirdSent.TrySetResult();
            }
        }

        private async Task SendUntilStoredAsync(BiEvent[] batch)
        {
            var body = new JsonArray([.. batch.Select(e => (JsonNode)EventJson.ToJsonObject(e))]).ToJsonString();
            for (var attempt = 0; attempt < 200; attempt++)
            {
                var response = await client.PostAsync("/api/events", new StringContent(body, Encoding.UTF8, "application/json"));
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    var result = await response.Content.ReadFromJsonAsync<JsonElement>();
                    Interlocked.Add(ref _accepted, result.GetProperty("accepted").GetInt32());
                    return;
                }
                if (response.StatusCode is not (HttpStatusCode.ServiceUnavailable or HttpStatusCode.TooManyRequests))
                {
                    Unexpected.Add($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                    return;
                }
                Interlocked.Increment(ref _refused);
                await Task.Delay(100);
            }
            Unexpected.Add("a batch was refused 200 times");
        }
    }
}
