using Dapper;
using JorgeBi.Data.Aggregation;
using JorgeBi.Data.Events;
using Npgsql;

namespace JorgeBi.Tests.Events;

/// <summary>
/// The aggregator's steps on one session, as the elected aggregator runs them (sql/0018): an
/// idle step does no batch work, a step's batch tables are empty once it commits, two steps
/// in one transaction still apply every event once, and steps of a steady size keep the
/// statistics their plans were made with (sql/0022).
/// </summary>
public sealed class AggregatorStepTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    private const string BatchTables = "incoming, new_event, touched_lead, touched_deal, touched_entity";

    [Fact]
    public async Task IdleStep_CreatesNoBatchTables()
    {
        var aggregator = new LogAggregator(db.DataSource);
        await aggregator.CatchUpAsync();
        await using var session = await OpenSessionAsync();

        var step = await aggregator.ApplyNextAsync(session);

        Assert.Equal((0, 0), (step.Applied, step.Backlog));
        Assert.Null(await session.ExecuteScalarAsync<string?>("select to_regclass('pg_temp.incoming')::text"));
    }

    [Fact]
    public async Task Step_LeavesItsBatchTablesEmptyOnceCommitted()
    {
        var events = RandomEvents.Generate(51, leads: 30, days: 2, location: "step-commit");
        await new EventStore(db.DataSource).BulkAppendAsync(events);
        await using var session = await OpenSessionAsync();

        var step = await new LogAggregator(db.DataSource).ApplyNextAsync(session);

        Assert.True(step.Applied > 0);
        foreach (var table in BatchTables.Split(", "))
        {
            Assert.Equal(0, await session.ExecuteScalarAsync<long>($"select count(*) from {table}"));
        }
        await ExactlyOnce.AssertAsync(db.DataSource, "step-commit", events.Select(e => e.Id));
    }

    [Fact]
    public async Task TwoStepsInOneTransaction_ApplyEveryEventOnce()
    {
        var events = RandomEvents.Generate(52, leads: 40, days: 3, location: "step-twice");
        await new EventStore(db.DataSource).BulkAppendAsync(events);
        await using var session = await OpenSessionAsync();

        // One statement is one transaction: the second step runs before the first one's
        // commit could empty the batch tables.
        var applied = await session.QueryAsync<long>(
            "select (apply_log(@max, 1000000, 200000)).applied from generate_series(1, 3)",
            new { max = events.Count / 2 + 1 });

        Assert.Equal(events.Count, applied.Sum());
        await ExactlyOnce.AssertAsync(db.DataSource, "step-twice", events.Select(e => e.Id));
        // The second step emptied the tables with TRUNCATE, which forgets their statistics,
        // so it analysed its batch although its size had hardly moved.
        Assert.Equal(events.Count - (events.Count / 2 + 1), await session.ExecuteScalarAsync<float>("select reltuples from pg_class where oid = 'pg_temp.incoming'::regclass"));
    }

    [Fact]
    public async Task StepsOfASteadySize_AnalyseTheirBatchOnlyWhenItsSizeMoves()
    {
        var aggregator = new LogAggregator(db.DataSource);
        await aggregator.CatchUpAsync();
        var events = RandomEvents.Generate(53, leads: 80, days: 3, location: "step-sizes");
        await new EventStore(db.DataSource).BulkAppendAsync(events);
        await using var session = await OpenSessionAsync();
        int[] sizes = [20, 30, 75, 90, 25];
        Assert.True(events.Count > sizes.Sum());

        // reltuples is the row count of the batch "incoming" was last analysed with: a batch
        // more than four times larger or smaller than that one is analysed anew.
        var analysed = new List<float>();
        foreach (var size in sizes)
        {
            var applied = await session.ExecuteScalarAsync<long>("select applied from apply_log(@size, 1000000, 200000)", new { size });
            Assert.Equal(size, applied);
            analysed.Add(await session.ExecuteScalarAsync<float>("select reltuples from pg_class where oid = 'pg_temp.incoming'::regclass"));
        }

        Assert.Equal([20f, 20f, 20f, 90f, 90f], analysed);
        await aggregator.CatchUpAsync();
        await ExactlyOnce.AssertAsync(db.DataSource, "step-sizes", events.Select(e => e.Id));
    }

    // A session of its own, as the elected aggregator's: a pooled one may come back reset.
    private async Task<NpgsqlConnection> OpenSessionAsync()
    {
        var session = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(db.ConnectionString) { Pooling = false }.ConnectionString);
        await session.OpenAsync();
        return session;
    }
}
