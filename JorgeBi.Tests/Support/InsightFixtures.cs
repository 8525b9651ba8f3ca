using JorgeBi.Core.Insights;
using JorgeBi.Data.Analytics;
using JorgeBi.Data.Insights;
using Npgsql;

namespace JorgeBi.Tests.Support;

/// <summary>The insight service wired to a test database and a manual clock, as DI wires it.</summary>
public static class InsightFixtures
{
    public static InsightService Service(NpgsqlDataSource db, TimeProvider clock)
    {
        var kpis = new RollupKpiSource(db);
        return new InsightService(new InsightQueries(db, kpis), kpis, new LocationQueries(db), clock);
    }
}
