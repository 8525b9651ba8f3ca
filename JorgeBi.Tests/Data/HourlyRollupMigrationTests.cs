using Dapper;
using JorgeBi.Data.Migrations;
using Microsoft.Extensions.Logging.Abstractions;

namespace JorgeBi.Tests.Data;

/// <summary>
/// A database with history from before the hourly per-lead rollups (sql/0010) and the weekly
/// latency rollup (sql/0012) gets them backfilled by the migrations: the same rows the
/// aggregator would have built, and a rebuild from the facts builds.
/// </summary>
public sealed class HourlyRollupMigrationTests
{
    private const string HourlyScript = "sql.0010_hourly_per_lead_kpi_rollups.sql";

    [Fact]
    public async Task Migrate_DatabaseWithHistoryFromBeforeTheHourlyRollups_BackfillsThemEqualToARebuild()
    {
        await using var db = await TestDatabase.EmptyAsync();
        await ApplyBaselineAsync(db);
        await using (var conn = await db.DataSource.OpenConnectionAsync())
        {
            await conn.ExecuteAsync("insert into location (location_id, name, time_zone) values ('kolkata', 'kolkata', 'Asia/Kolkata')");
        }
        var store = new AppliedEventStore(db.DataSource);
        foreach (var (location, seed) in new[] { ("default", 21), ("kolkata", 22) })
        {
            foreach (var batch in RandomEvents.ShuffledBatches(RandomEvents.Generate(seed, location: location), seed)) await store.IngestAsync(batch);
        }

        await new Migrator(NullLogger<Migrator>.Instance).MigrateAsync(db.ConnectionString);

        foreach (var location in new[] { "default", "kolkata" })
        {
            var backfilled = await RollupSnapshot.ReadAsync(db.DataSource, location);
            await using (var conn = await db.DataSource.OpenConnectionAsync())
            {
                Assert.All(await conn.QueryAsync<long>("""
                    select count(*) from rollup_temperature_hourly where location_id = @location
                    union all select count(*) from rollup_speed_hourly where location_id = @location
                    union all select count(*) from rollup_speed_ms_hourly where location_id = @location
                    union all select count(*) from rollup_pipeline_hourly where location_id = @location
                    union all select count(*) from rollup_latency_weekly where location_id = @location
                    """, new { location }), rows => Assert.True(rows > 0));
            }
            await store.RebuildRollupsAsync(location);
            Assert.Equal(await RollupSnapshot.ReadAsync(db.DataSource, location), backfilled);
        }
    }

    /// <summary>The baseline scripts only, journaled as DbUp journals them, as a database of that version has them.</summary>
    private static async Task ApplyBaselineAsync(TestDatabase db)
    {
        await using var conn = await db.DataSource.OpenConnectionAsync();
        await conn.ExecuteAsync("""
            create table schemaversions (
                schemaversionsid serial primary key, scriptname character varying(255) not null, applied timestamp without time zone not null)
            """);
        var assembly = typeof(Migrator).Assembly;
        foreach (var script in Migrator.BaselineScripts)
        {
            await using var stream = assembly.GetManifestResourceStream(script)!;
            await conn.ExecuteAsync(await new StreamReader(stream).ReadToEndAsync());
            await conn.ExecuteAsync("insert into schemaversions (scriptname, applied) values (@script, localtimestamp)", new { script });
        }
        Assert.DoesNotContain(HourlyScript, Migrator.BaselineScripts);
        Assert.Null(await conn.ExecuteScalarAsync<string>("select to_regclass('rollup_temperature_hourly')::text"));
    }
}
