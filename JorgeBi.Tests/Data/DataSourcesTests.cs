using Dapper;
using JorgeBi.Data;

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
}
