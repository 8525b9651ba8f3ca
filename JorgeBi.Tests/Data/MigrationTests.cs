using System.Collections.Concurrent;
using Dapper;
using JorgeBi.Data.Migrations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace JorgeBi.Tests.Data;

public sealed class MigrationTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Migrate_FromEmpty_AppliesTheBaselineAndSeedsDimensions()
    {
        await using var conn = await db.DataSource.OpenConnectionAsync();
        var applied = (await conn.QueryAsync<string>("select scriptname from schemaversions order by scriptname")).ToList();
        var shipped = typeof(Migrator).Assembly.GetManifestResourceNames().Where(n => n.StartsWith("sql.")).Order().ToList();

        Assert.Equal(shipped, applied);
        Assert.Equal(Migrator.BaselineScripts, shipped.Take(Migrator.BaselineScripts.Count));
        Assert.Empty(Migrator.BaselineScripts.Intersect(Migrator.SquashedChain));
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

    [Fact]
    public async Task Migrate_DatabaseOfTheWholeSquashedChain_JournalsTheBaselineOnceWithoutRunningIt()
    {
        await using var old = new TestDatabase();
        await old.InitializeAsync();
        await JournalAsync(old, Migrator.SquashedChain);
        var schemaBefore = await SchemaAsync(old);
        var log = new RecordingLogger();
        var migrator = new Migrator(log);

        Assert.Equal(ScriptsAfterTheBaseline, migrator.PendingScripts(old.ConnectionString));
        await migrator.MigrateAsync(old.ConnectionString);
        await migrator.MigrateAsync(old.ConnectionString);

        await using var conn = await old.DataSource.OpenConnectionAsync();
        var journal = (await conn.QueryAsync<string>("select scriptname from schemaversions order by schemaversionsid")).ToList();
        Assert.Equal([.. Migrator.SquashedChain, .. Migrator.BaselineScripts, .. ScriptsAfterTheBaseline], journal);
        Assert.Equal(schemaBefore, await SchemaAsync(old));
        Assert.Single(log.Messages, m => m.Contains("journaled as applied without running them"));
        Assert.Empty(migrator.PendingScripts(old.ConnectionString));
    }

    [Fact]
    public async Task Migrate_DatabaseOfPartOfTheSquashedChain_IsRefusedSayingToRecreateIt()
    {
        await using var partial = new TestDatabase();
        await partial.InitializeAsync();
        await JournalAsync(partial, Migrator.SquashedChain.Take(10));
        var migrator = new Migrator(NullLogger<Migrator>.Instance);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => migrator.MigrateAsync(partial.ConnectionString));

        Assert.Contains("only part of the scripts", refused.Message);
        Assert.Contains("lacks sql.0011_ingestion_without_row_checks.sql", refused.Message);
        Assert.Contains("Recreate it", refused.Message);
        Assert.Contains("previous version", refused.Message);
        await using var conn = await partial.DataSource.OpenConnectionAsync();
        Assert.Equal(10, await conn.ExecuteScalarAsync<int>("select count(*) from schemaversions"));
    }

    [Theory]
    [InlineData("sql.0046_batch_tables_per_session.sql", false)]
    [InlineData("sql.0001_dimensions.sql", false)]
    [InlineData("sql.0009_alerts_and_digests.sql", false)]
    [InlineData("sql.9999_a_later_script.sql", true)]
    public void IsNewerThanThisBuild_SquashedChainIsOlderWhateverItsNumber(string script, bool newer) =>
        Assert.Equal(newer, Migrator.IsNewerThanThisBuild(script));

    // Scripts newer than the baseline run on an adopted database as on any other.
    private static readonly string[] ScriptsAfterTheBaseline = [.. typeof(Migrator).Assembly.GetManifestResourceNames()
        .Where(name => name.StartsWith("sql.", StringComparison.Ordinal) && string.CompareOrdinal(name, Migrator.BaselineScripts[^1]) > 0)
        .Order(StringComparer.Ordinal)];

    /// <summary>Replaces the journal of a baseline database by <paramref name="scripts"/>, as an older version left it.</summary>
    private static async Task JournalAsync(TestDatabase target, IEnumerable<string> scripts)
    {
        await using var conn = await target.DataSource.OpenConnectionAsync();
        await conn.ExecuteAsync("delete from schemaversions");
        foreach (var script in scripts)
        {
            await conn.ExecuteAsync("insert into schemaversions (scriptname, applied) values (@script, localtimestamp)", new { script });
        }
    }

    /// <summary>Every column, constraint, index, trigger and function body of the public schema, as one text.</summary>
    private static async Task<string> SchemaAsync(TestDatabase target)
    {
        await using var conn = await target.DataSource.OpenConnectionAsync();
        return await conn.ExecuteScalarAsync<string>("""
            select string_agg(d, E'\n' order by d) from (
                select format('column %s.%s %s %s %s', table_name, column_name, data_type, is_nullable, column_default) as d
                from information_schema.columns where table_schema = 'public' and table_name <> 'schemaversions'
                union all select format('constraint %s %s', conname, pg_get_constraintdef(oid)) from pg_constraint
                where connamespace = 'public'::regnamespace
                union all select indexdef from pg_indexes where schemaname = 'public'
                union all select pg_get_triggerdef(oid) from pg_trigger where not tgisinternal
                union all select pg_get_functiondef(oid) from pg_proc where pronamespace = 'public'::regnamespace) x
            """) ?? "";
    }

    private sealed class RecordingLogger : ILogger<Migrator>
    {
        private readonly ConcurrentQueue<string> _messages = new();

        public IReadOnlyCollection<string> Messages => _messages;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            _messages.Enqueue(formatter(state, exception));
    }
}
