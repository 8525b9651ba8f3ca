using JorgeBi.Core.Analytics;
using JorgeBi.Data.Analytics;
using JorgeBi.Data.Trends;
using Npgsql;

namespace JorgeBi.Tests.Support;

/// <summary>The services under test wired to a test database and a manual clock, as DI wires them.</summary>
public static class Services
{
    public static ExecutiveKpiService Executive(NpgsqlDataSource db, TimeProvider clock) =>
        new(new RollupKpiSource(db), new RollupTrendSource(db), new LocationQueries(db), clock);
}
