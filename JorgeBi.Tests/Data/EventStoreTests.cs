using Dapper;
using JorgeBi.Data.Events;

namespace JorgeBi.Tests.Data;

public sealed class EventStoreTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Ingest_ExampleBatchTwice_StoresOnceAndCountsDuplicates()
    {
        var store = new AppliedEventStore(db.DataSource);
        var events = ExampleEvents.Load();

        var first = await store.IngestAsync(events);
        var second = await store.IngestAsync(events);

        Assert.Equal((12, 0), (first.Accepted, first.Duplicates));
        Assert.Equal((0, 12), (second.Accepted, second.Duplicates));
        await using var conn = await db.DataSource.OpenConnectionAsync();
        Assert.Equal(12, await conn.ExecuteScalarAsync<long>("select count(*) from event"));
        Assert.Equal(44280m, await conn.ExecuteScalarAsync<decimal>("select commission from fact_deal_closed where deal_id = 'deal-77'"));
    }
}
