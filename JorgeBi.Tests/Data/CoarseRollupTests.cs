using Dapper;
using JorgeBi.Data.Events;

namespace JorgeBi.Tests.Data;

/// <summary>
/// The daily, weekly and monthly rollups are the exact sums of the rollups they are derived from,
/// after out-of-order batches and after a rebuild (which deletes and re-inserts every row).
/// </summary>
public sealed class CoarseRollupTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    // (derived table's rows, the same rows summed from its source), zero rows left out of both.
    private static readonly (string Derived, string FromSource)[] Pairs =
    [
        ("""
         select location_id, day, bot_id, interactions, successes, round(processing_ms::numeric, 6), round(confidence::numeric, 6), handoffs, appointments
         from rollup_bot_daily where interactions <> 0 or handoffs <> 0 or appointments <> 0
         """,
         """
         select location_id, day, bot_id, coalesce(b.interactions, 0), coalesce(b.successes, 0), round(coalesce(b.processing_ms, 0)::numeric, 6),
                round(coalesce(b.confidence, 0)::numeric, 6), coalesce(b.handoffs, 0), coalesce(a.appointments, 0)
         from (select location_id, bucket::date as day, bot_id, sum(interactions) as interactions, sum(successes) as successes,
                      sum(processing_ms) as processing_ms, sum(confidence) as confidence, sum(handoffs) as handoffs
               from rollup_bot_hourly group by 1, 2, 3) b
         full join (select location_id, bucket::date as day, bot_id, sum(appointments) as appointments
                    from rollup_appointment_hourly group by 1, 2, 3) a using (location_id, day, bot_id)
         where coalesce(b.interactions, 0) <> 0 or coalesce(b.handoffs, 0) <> 0 or coalesce(a.appointments, 0) <> 0
         """),
        ("select location_id, metric, bot_id, day, prev_day, n from rollup_distinct_daily where n <> 0",
         """
         select location_id, metric, bot_id, bucket::date, prev_bucket::date, sum(n) from rollup_distinct_hourly
         group by 1, 2, 3, 4, 5 having sum(n) <> 0
         """),
        ("select location_id, month, bot_id, ms, n from rollup_latency_monthly where n <> 0",
         "select location_id, date_trunc('month', day)::date, bot_id, ms, sum(n) from rollup_latency_daily group by 1, 2, 3, 4"),
        ("select location_id, week, bot_id, ms, n from rollup_latency_weekly where n <> 0",
         "select location_id, date_trunc('week', day)::date, bot_id, ms, sum(n) from rollup_latency_daily group by 1, 2, 3, 4"),
        ("select location_id, month, second, n from rollup_speed_monthly where n <> 0",
         "select location_id, date_trunc('month', created_day)::date, second, sum(n) from rollup_speed_daily group by 1, 2, 3 having sum(n) <> 0"),
        // An epoch that ended by the end of its creation month is left out, one that began by then
        // begins at that end (sql/0017).
        ("select location_id, month, temperature, from_day, until_day, n from rollup_temperature_monthly where n <> 0",
         """
         select location_id, date_trunc('month', created_day)::date, temperature,
                greatest(from_day, (date_trunc('month', created_day) + interval '1 month')::date), until_day, sum(n)
         from rollup_temperature_daily where until_day > (date_trunc('month', created_day) + interval '1 month')::date
         group by 1, 2, 3, 4, 5 having sum(n) <> 0
         """),
        ("select location_id, day, source, leads from rollup_lead_daily where leads <> 0",
         "select location_id, bucket::date, source, sum(leads) from rollup_lead_hourly group by 1, 2, 3 having sum(leads) <> 0"),
    ];

    [Theory]
    [InlineData(11, "2026-03-06T00:00:00-08:00")]
    // Six days across the end of October: leads created in one month and scored in the next.
    [InlineData(12, "2026-10-28T00:00:00-07:00")]
    public async Task CoarseRollups_AfterOutOfOrderBatchesAndRebuild_EqualSumsOfTheirSources(int seed, string origin)
    {
        var location = $"coarse-{seed}";
        var store = new AppliedEventStore(db.DataSource);
        foreach (var batch in RandomEvents.ShuffledBatches(RandomEvents.Generate(seed, location: location, origin: DateTimeOffset.Parse(origin)), seed)) await store.IngestAsync(batch);
        var incremental = await AssertDerivedEqualSourcesAsync(location);

        await store.RebuildRollupsAsync(location);

        Assert.Equal(incremental, await AssertDerivedEqualSourcesAsync(location));
    }

    /// <returns>The derived rows, for comparison across a rebuild.</returns>
    private async Task<List<string>> AssertDerivedEqualSourcesAsync(string location)
    {
        await using var conn = await db.DataSource.OpenConnectionAsync();
        var all = new List<string>();
        foreach (var (derived, fromSource) in Pairs)
        {
            var actual = await RowsAsync(conn, derived, location);
            Assert.NotEmpty(actual);
            Assert.Equal(await RowsAsync(conn, fromSource, location), actual);
            all.AddRange(actual);
        }
        return all;
    }

    private static async Task<List<string>> RowsAsync(Npgsql.NpgsqlConnection conn, string query, string location) =>
        (await conn.QueryAsync<string>($"select t::text from ({query}) t where t.location_id = @location order by 1", new { location })).AsList();
}
