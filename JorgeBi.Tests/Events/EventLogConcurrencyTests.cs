using Dapper;
using JorgeBi.Core.Events;
using JorgeBi.Data.Events;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace JorgeBi.Tests.Events;

/// <summary>
/// Idempotency of the event log under truly concurrent senders: each sender appends on its
/// own connection, released together by a barrier, so the inserts race in the database.
/// </summary>
public sealed class EventLogConcurrencyTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    private const int Senders = 16;

    [Fact]
    public async Task Append_SameIdFromSixteenSendersAtOnce_StoredOnceOthersDuplicates()
    {
        var e = RandomEvents.Generate(31, leads: 1, location: "same-id")[0];

        var results = await RaceAsync(Enumerable.Repeat<IReadOnlyCollection<BiEvent>>([e], Senders));

        Assert.Equal(1, results.Sum(r => r.Accepted));
        Assert.Equal(Senders - 1, results.Sum(r => r.Duplicates));
        Assert.All(results, r => Assert.False(r.Refused));
        Assert.Single(results.Select(r => r.Seq).Distinct());
        Assert.Equal(1, await CountAsync("select count(*) from event where event_id = @Id", new { e.Id }));
    }

    [Fact]
    public async Task Append_SameIdOtherContentAtOnce_OneStoredOtherRefusedWhole()
    {
        var events = RandomEvents.Generate(32, leads: 2, location: "conflict");
        var original = events[0];
        var changed = original with { OccurredAt = original.OccurredAt.AddMinutes(1) };
        var companion = events[1];
        // Half the senders send the original, half the changed copy with another new event.
        var requests = Enumerable.Range(0, Senders)
            .Select(i => i % 2 == 0 ? (IReadOnlyCollection<BiEvent>)[original] : [companion, changed])
            .ToList();

        var results = await RaceAsync(requests);

        var winnerIsOriginal = results.Where((_, i) => i % 2 == 0).Any(r => r.Accepted == 1);
        var losers = results.Where((_, i) => (i % 2 == 0) != winnerIsOriginal).ToList();
        Assert.All(losers, r => Assert.Equal([original.Id], r.Conflicts));
        Assert.All(losers, r => Assert.Equal((0, 0, (long?)null), (r.Accepted, r.Duplicates, r.Seq)));
        Assert.Equal(1, await CountAsync("select count(*) from event where event_id = @Id", new { original.Id }));
        // The refused requests' other event is stored only if the winning side sent it.
        Assert.Equal(winnerIsOriginal ? 0 : 1, await CountAsync("select count(*) from event where event_id = @Id", new { companion.Id }));
    }

    [Fact]
    public async Task GroupCommit_ManyRequestsSharingIds_OneCommitEachIdOnce()
    {
        var events = RandomEvents.Generate(33, leads: 20, location: "group");
        await using var appends = new GroupCommit(new EventStore(db.DataSource), NullLogger<GroupCommit>.Instance);
        // Every event is sent by two requests, all queued before the first commit ends.
        var requests = events.Concat(events).Select(e => appends.AppendAsync([e])).ToList();

        var results = await Task.WhenAll(requests);

        Assert.Equal(events.Count, results.Sum(r => r.Accepted));
        Assert.Equal(events.Count, results.Sum(r => r.Duplicates));
        Assert.Equal(events.Count, await CountAsync("select count(*) from event where location_id = 'group'", null));
        var seqs = await CountAsync("select count(distinct seq) from event where location_id = 'group'", null);
        Assert.Equal(events.Count, seqs);
    }

    [Fact]
    public async Task Append_LargeGroupOnASessionThatKeptSmallGroupsPlans_CountsEachIdOnce()
    {
        var events = RandomEvents.Generate(34, leads: 120, location: "kept-plans");
        // One connection, so the large group runs in the session whose plans the small ones settled.
        await using var one = new NpgsqlDataSourceBuilder(db.ConnectionString) { ConnectionStringBuilder = { MaxPoolSize = 1 } }.Build();
        var store = new EventStore(one);
        var singles = events.Take(10).ToList();
        foreach (var e in singles) Assert.Equal(1, (await store.AppendAsync([e])).Accepted);
        var fresh = events.Skip(10).Take(300).ToList();

        var large = await store.AppendAsync([[.. fresh, .. singles], [.. fresh.Take(50)]]);
        var after = await store.AppendAsync([[singles[0], events[310]]]);

        Assert.Equal((300, 10), (large[0].Accepted, large[0].Duplicates));
        Assert.Equal((0, 50), (large[1].Accepted, large[1].Duplicates));
        Assert.Equal((1, 1), (after[0].Accepted, after[0].Duplicates));
        Assert.Equal(311, await CountAsync("select count(*) from event where location_id = 'kept-plans'", null));
    }

    private async Task<AppendResult[]> RaceAsync(IEnumerable<IReadOnlyCollection<BiEvent>> requests)
    {
        var list = requests.ToList();
        using var barrier = new Barrier(list.Count);
        var store = new EventStore(db.DataSource);
        // A thread per sender, each with its own open connection, released together.
        return await Task.WhenAll(list.Select(r => Task.Factory.StartNew(() =>
        {
            barrier.SignalAndWait();
            return store.AppendAsync(r).GetAwaiter().GetResult();
        }, TaskCreationOptions.LongRunning)));
    }

    private async Task<long> CountAsync(string sql, object? args)
    {
        await using var conn = await db.DataSource.OpenConnectionAsync();
        return await conn.ExecuteScalarAsync<long>(sql, args);
    }
}
