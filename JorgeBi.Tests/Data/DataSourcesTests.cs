using Dapper;
using JorgeBi.Data;
using Npgsql;

namespace JorgeBi.Tests.Data;

public sealed class DataSourcesTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task AppDataSource_SessionsRunWithoutJit_AndKeepOptionsGivenInTheConnectionString()
    {
        await using var source = DataSources.Build(db.ConnectionString + ";Options=-c statement_timeout=12345");
        await using var conn = await source.OpenConnectionAsync();

        Assert.Equal("off", await conn.ExecuteScalarAsync<string>("show jit"));
        Assert.Equal("12345ms", await conn.ExecuteScalarAsync<string>("show statement_timeout"));
    }

    [Fact]
    public async Task AppDataSource_KeepsAStatementPreparedAfterFiveUses()
    {
        await using var source = DataSources.Build(db.ConnectionString);
        await using var conn = await source.OpenConnectionAsync();

        for (var i = 0; i < 5; i++) await conn.ExecuteScalarAsync<int>("select 41 + 1");

        Assert.Equal(1, await PreparedAsync(conn, "select 41 + 1"));
    }

    [Fact]
    public async Task AppDataSource_PreparesNothingWhenTheConnectionStringSaysSo()
    {
        await using var source = DataSources.Build(db.ConnectionString + ";Max Auto Prepare=0");
        await using var conn = await source.OpenConnectionAsync();

        for (var i = 0; i < 5; i++) await conn.ExecuteScalarAsync<int>("select 41 + 2");

        Assert.Equal(0, await PreparedAsync(conn, "select 41 + 2"));
    }

    private static Task<long> PreparedAsync(NpgsqlConnection conn, string statement) =>
        conn.ExecuteScalarAsync<long>("select count(*) from pg_prepared_statements where statement = @statement", new { statement });
}
