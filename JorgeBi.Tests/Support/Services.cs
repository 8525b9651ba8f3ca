using JorgeBi.Core.Analytics;
using JorgeBi.Core.Insights;
using JorgeBi.Data.Analytics;
using JorgeBi.Data.Insights;
using JorgeBi.Data.Trends;
using Npgsql;

namespace JorgeBi.Tests.Support;

/// <summary>The services under test (those with several sources) wired to a test database and a manual clock, as DI wires them.</summary>
public static class Services
{
    public static ExecutiveKpiService Executive(NpgsqlDataSource db, TimeProvider clock) =>
        new(new RollupKpiSource(db), new RollupTrendSource(db), new LocationQueries(db), clock);

    public static InsightService Insights(NpgsqlDataSource db, TimeProvider clock)
    {
        var kpis = new RollupKpiSource(db);
        return new InsightService(new InsightQueries(db, kpis), kpis, new LocationQueries(db), clock);
    }
}
