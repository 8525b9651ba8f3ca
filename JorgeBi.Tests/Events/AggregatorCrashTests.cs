using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using JorgeBi.Core.Events;
using JorgeBi.Data.Access;
using JorgeBi.Data.Aggregation;
using JorgeBi.Data.Events;
using Microsoft.Extensions.Options;
using Npgsql;

namespace JorgeBi.Tests.Events;

/// <summary>
/// Exactly once through crashes: the aggregator's backend killed in the middle of its
/// transaction, the whole app killed with SIGKILL while senders post, and the leader's
/// connection cut while two instances take events (one applies at a time). Afterwards every
/// acknowledged event is stored once, every event's facts exist once, and the rollups
/// equal a rebuild from the facts.
/// </summary>
public sealed class AggregatorCrashTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    private const string AggregatorName = "crash-aggregator";

    // The apps under test take as many single-event requests as the senders make.
    private static readonly Dictionary<string, string> Senders = new()
    {
        ["RateLimiting:Ingest:TokenLimit"] = "100000",
        ["RateLimiting:Ingest:TokensPerPeriod"] = "100000",
    };

    [Fact]
    public async Task Aggregator_BackendKilledMidTransaction_ResumesFromLogExactlyOnce()
    {
        const string location = "crash-backend";
        var events = RandomEvents.Generate(41, leads: 300, days: 6, location: location);
        await new EventStore(db.DataSource).BulkAppendAsync(events);
        await using var aggregatorDb = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(db.ConnectionString) { ApplicationName = AggregatorName }.ConnectionString);
        var aggregator = new LogAggregator(aggregatorDb, Options.Create(new AggregatorOptions { MaxBatchEvents = 200 }));

        // Three runs die inside an apply transaction, after its writes and before its commit;
        // the fourth is left to finish.
        var kills = 0;
        for (var run = 0; run < 4; run++)
        {
            var applying = aggregator.CatchUpAsync();
            if (run < 3 && await KillWhileApplyingAsync(applying)) kills++;
            try
            {
                await applying;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.AdminShutdown)
            {
                // Its batch rolled back; the next run redoes it from the log.
            }
        }

        Assert.Equal(3, kills);
        await ExactlyOnce.AssertAsync(db.DataSource, location, events.Select(e => e.Id));
    }

    [Fact]
    public async Task App_KilledWithSigkillWhileSendersPost_EveryAcknowledgedEventAppliedOnce()
    {
        const string location = "crash-app";
        var events = RandomEvents.Generate(42, leads: 150, days: 6, location: location);
        var key = await SenderKeyAsync("crash");
        var acknowledged = new ConcurrentDictionary<Guid, bool>();
        var queue = new ConcurrentQueue<BiEvent>(events);

        await using (var app = await AppProcess.StartAsync(db.ConnectionString, Senders))
        {
            var sending = SendAllAsync(app.Address, key, queue, acknowledged);
            while (acknowledged.Count < events.Count / 2) await Task.WhenAny(sending, Task.Delay(5));
            await app.KillAsync();
            await sending;
        }
        // Whatever was in flight when the app died is sent again, as a sender retries.
        await using var restarted = await AppProcess.StartAsync(db.ConnectionString, Senders);
        var retry = new ConcurrentQueue<BiEvent>(events.Where(e => !acknowledged.ContainsKey(e.Id)));
        await SendAllAsync(restarted.Address, key, retry, acknowledged);
        await AppliedLog.WaitUntilCaughtUpAsync(db.DataSource);

        Assert.Equal(events.Count, acknowledged.Count);
        await ExactlyOnce.AssertAsync(db.DataSource, location, events.Select(e => e.Id));
    }

    [Fact]
    public async Task TwoInstances_OneAppliesAtATime_LeaderConnectionKilled_TheLogIsStillAppliedOnce()
    {
        const string location = "crash-election";
        var events = RandomEvents.Generate(43, leads: 150, days: 6, location: location);
        var key = await SenderKeyAsync("election");
        var acknowledged = new ConcurrentDictionary<Guid, bool>();
        var queue = new ConcurrentQueue<BiEvent>(events);
        await using var first = await AppProcess.StartAsync(db.ConnectionString, Senders);
        await using var second = await AppProcess.StartAsync(db.ConnectionString, Senders);
        var leaders = new List<int>();

        // Both instances take events; halfway through, the leader's connection is cut.
        var sending = Task.WhenAll(SendAllAsync(first.Address, key, queue, acknowledged), SendAllAsync(second.Address, key, queue, acknowledged));
        var killed = false;
        while (!sending.IsCompleted)
        {
            leaders.Add(await CountLeadersAsync());
            if (!killed && acknowledged.Count >= events.Count / 2) killed = await TerminateLeaderAsync();
            await Task.WhenAny(sending, Task.Delay(5));
        }
        await sending;
        await AppliedLog.WaitUntilCaughtUpAsync(db.DataSource);

        Assert.True(killed);
        Assert.All(leaders, n => Assert.InRange(n, 0, 1));
        Assert.Equal(events.Count, acknowledged.Count);
        await ExactlyOnce.AssertAsync(db.DataSource, location, events.Select(e => e.Id));
    }

    private async Task<string> SenderKeyAsync(string name) =>
        (await new ApiKeyStore(db.DataSource, TimeProvider.System).CreateAsync(name, [ApiKeyScopes.EventsWrite])).Key;

    // Backends holding the aggregator's leader lock: never more than one.
    private async Task<int> CountLeadersAsync()
    {
        await using var conn = await db.DataSource.OpenConnectionAsync();
        return await conn.ExecuteScalarAsync<int>($"select count(*) from pg_locks where {LeaderLock}");
    }

    private async Task<bool> TerminateLeaderAsync()
    {
        await using var conn = await db.DataSource.OpenConnectionAsync();
        return await conn.ExecuteScalarAsync<long>($"select count(*) from (select pg_terminate_backend(pid) from pg_locks where {LeaderLock}) k") > 0;
    }

    // pg_try_advisory_lock(bigint) shows in pg_locks as its two halves (classid, objid) with objsubid 1;
    // pg_locks lists every database of the cluster, and other tests' apps lead in theirs.
    private const string LeaderLock =
        """
        locktype = 'advisory' and granted and objsubid = 1
        and database = (select oid from pg_database where datname = current_database())
        and objid::bigint = (hashtext('jorgebi.aggregator')::bigint & 4294967295)
        and classid::bigint = ((hashtext('jorgebi.aggregator')::bigint >> 32) & 4294967295)
        """;

    // Holds the log position's row so the aggregator's transaction does all its writes and
    // then waits at its last one, recording the position; terminates its backend there. A
    // kill timed by polling alone could miss the batch in flight on a loaded machine.
    private async Task<bool> KillWhileApplyingAsync(Task applying)
    {
        await using var holder = await db.DataSource.OpenConnectionAsync();
        await using var hold = await holder.BeginTransactionAsync();
        await holder.ExecuteAsync("select 1 from log_state for update", transaction: hold);
        await using var conn = await db.DataSource.OpenConnectionAsync();
        while (!applying.IsCompleted)
        {
            var killed = await conn.ExecuteScalarAsync<long>(
                """
                select count(*) from (
                    select pg_terminate_backend(pid) from pg_stat_activity
                    where application_name = @AggregatorName and wait_event_type = 'Lock' and query like '%apply_log%') k
                """, new { AggregatorName });
            if (killed > 0) return true;
            await Task.Delay(5);
        }
        return false;
    }

    // Eight senders post one event per request until the queue is empty or the app is gone.
    private static async Task SendAllAsync(Uri address, string key, ConcurrentQueue<BiEvent> queue, ConcurrentDictionary<Guid, bool> acknowledged)
    {
        using var http = new HttpClient { BaseAddress = address };
        http.DefaultRequestHeaders.Authorization = new("Bearer", key);
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            while (queue.TryDequeue(out var e))
            {
                HttpResponseMessage response;
                try
                {
                    response = await http.PostAsJsonAsync("/api/events", new JsonArray(EventJson.ToJsonObject(e)));
                }
                catch (HttpRequestException)
                {
                    return; // The app died with this request in flight: not acknowledged.
                }
                using (response)
                {
                    Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
                    acknowledged[e.Id] = true;
                }
            }
        }));
    }
}
