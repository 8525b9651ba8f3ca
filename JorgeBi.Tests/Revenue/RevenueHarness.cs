using JorgeBi.Core.Revenue;
using JorgeBi.Data.Kpis;
using JorgeBi.Data.Revenue;
using Npgsql;

namespace JorgeBi.Tests.Revenue;

/// <summary>The revenue service wired to the real query classes of a test database.</summary>
public static class RevenueHarness
{
    public static RevenueIntelligenceService Service(NpgsqlDataSource db, DateTimeOffset now) => new(
        new LocationQueries(db),
        new SalesQueries(db),
        new CommissionBreakdownQueries(db),
        new MarketingQueries(db),
        new OpenDealQueries(db),
        new Support.ManualClock(now));
}
