using Dapper;
using JorgeBi.Core.Events;
using JorgeBi.Data.Events;

namespace JorgeBi.Tests.Events;

/// <summary>What one append of several requests reports for each, checked against the log.</summary>
public sealed class AppendResultTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Append_RequestsMixingNewRepeatedStoredAndConflictingIds_CountsSeqsAndConflictsMatchTheLog()
    {
        var e = RandomEvents.Generate(41, leads: 4, location: "mixed");
        var store = new EventStore(db.DataSource);
        var stored = e[0];
        var storedElsewhere = e[1];
        await store.AppendAsync([stored, storedElsewhere]);
        var changed = storedElsewhere with { OccurredAt = storedElsewhere.OccurredAt.AddMinutes(1) };
        var twin = e[7] with { OccurredAt = e[7].OccurredAt.AddMinutes(1) };

        var results = await store.AppendAsync([
            [e[2], e[3], e[2]],   // new, repeated within the request
            [stored, e[4]],       // already in the log with the same content, and new
            [e[3], e[5]],         // sent by the first request too, and new
            [changed, e[6]],      // in the log with other content: refused whole
            [e[7], twin],         // the same id twice with other content: refused whole
        ]);

        Assert.Equal((2, 1), (results[0].Accepted, results[0].Duplicates));
        Assert.Equal((1, 1), (results[1].Accepted, results[1].Duplicates));
        Assert.Equal((1, 1), (results[2].Accepted, results[2].Duplicates));
        Assert.Equal(await MaxSeqAsync(e[2], e[3]), results[0].Seq);
        Assert.Equal(await MaxSeqAsync(stored, e[4]), results[1].Seq);
        Assert.Equal(await MaxSeqAsync(e[3], e[5]), results[2].Seq);
        Assert.All(results.Take(3), r => Assert.Empty(r.Conflicts));
        Assert.Equal([storedElsewhere.Id], results[3].Conflicts);
        Assert.Equal([e[7].Id], results[4].Conflicts);
        Assert.All(results.Skip(3), r => Assert.Equal((0, 0, (long?)null), (r.Accepted, r.Duplicates, r.Seq)));
        // The refused requests' new events were taken out again, and the accepted ids of a
        // batch checked after a first insert are all back in the log.
        Assert.Null(await MaxSeqAsync(e[6]));
        Assert.Null(await MaxSeqAsync(e[7]));
        Assert.Equal(5, await RowsAsync(e[2], e[3], e[4], e[5], stored));
    }

    [Fact]
    public async Task Append_RequestsOfNewIdsOnly_EachCountsItsEventsAndTheirHighestSeq()
    {
        var e = RandomEvents.Generate(42, leads: 3, location: "fresh");
        var store = new EventStore(db.DataSource);

        var results = await store.AppendAsync([[e[0], e[1], e[2]], [e[3]], [e[4], e[5]]]);

        Assert.Equal([3, 1, 2], results.Select(r => r.Accepted));
        Assert.All(results, r => Assert.Equal(0, r.Duplicates));
        Assert.All(results, r => Assert.Empty(r.Conflicts));
        Assert.Equal(await MaxSeqAsync(e[0], e[1], e[2]), results[0].Seq);
        Assert.Equal(await MaxSeqAsync(e[3]), results[1].Seq);
        Assert.Equal(await MaxSeqAsync(e[4], e[5]), results[2].Seq);
        Assert.Equal(6, await RowsAsync(e.Take(6).ToArray()));
    }

    private async Task<long> RowsAsync(params BiEvent[] events)
    {
        await using var conn = await db.DataSource.OpenConnectionAsync();
        return await conn.ExecuteScalarAsync<long>("select count(*) from event where event_id = any(@ids)", new { ids = events.Select(x => x.Id).ToArray() });
    }

    private async Task<long?> MaxSeqAsync(params BiEvent[] events)
    {
        await using var conn = await db.DataSource.OpenConnectionAsync();
        return await conn.ExecuteScalarAsync<long?>("select max(seq) from event where event_id = any(@ids)", new { ids = events.Select(x => x.Id).ToArray() });
    }
}
