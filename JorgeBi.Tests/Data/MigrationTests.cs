using Dapper;
using JorgeBi.Data.Migrations;
using Microsoft.Extensions.Logging.Abstractions;

namespace JorgeBi.Tests.Data;

public sealed class MigrationTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Migrate_FromEmpty_AppliesEveryScriptAndSeedsDimensions()
    {
        await using var conn = await db.DataSource.OpenConnectionAsync();
        var applied = (await conn.QueryAsync<string>("select scriptname from schemaversions order by scriptname")).ToList();
        var shipped = typeof(Migrator).Assembly.GetManifestResourceNames().Where(n => n.StartsWith("sql.")).Order().ToList();

        Assert.Equal(shipped, applied);
        Assert.Equal(["intent-decoder", "jorge-buyer", "jorge-seller", "lead-bot"], await conn.QueryAsync<string>("select bot_id from bot order by 1"));
        Assert.Equal(25, await conn.ExecuteScalarAsync<int>("select response_target_ms from bot where bot_id = 'intent-decoder'"));
        Assert.Equal(0.06m, await conn.ExecuteScalarAsync<decimal>("select commission_rate from location where location_id = 'default'"));
    }

    [Fact]
    public async Task Migrate_SecondTime_AppliesNothingAndLeavesNothingPending()
    {
        var migrator = new Migrator(NullLogger<Migrator>.Instance);

        await migrator.MigrateAsync(db.ConnectionString);

        Assert.Empty(migrator.PendingScripts(db.ConnectionString));
        await using var conn = await db.DataSource.OpenConnectionAsync();
        Assert.Equal(1, await conn.ExecuteScalarAsync<int>("select count(*) from location where location_id = 'default'"));
    }
}
