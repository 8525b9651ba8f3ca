using JorgeBi.Core.Analytics;
using JorgeBi.Core.Bots;
using JorgeBi.Core.Company;
using JorgeBi.Core.DrillDown;
using JorgeBi.Core.Funnel;
using JorgeBi.Core.Insights;
using JorgeBi.Data.Analytics;
using JorgeBi.Data.Bots;
using JorgeBi.Data.DrillDown;
using JorgeBi.Data.Funnel;
using JorgeBi.Data.Insights;
using JorgeBi.Data.Trends;
using Npgsql;

namespace JorgeBi.Tests.Support;

/// <summary>The services under test (those with several sources) wired to a test database and a manual clock, as DI wires them.</summary>
public static class Services
{
    public static ExecutiveKpiService Executive(NpgsqlDataSource db, TimeProvider clock) =>
        new(new RollupKpiSource(db), new RollupTrendSource(db), new LocationQueries(db), clock);

    public static CompanyKpiService CompanyKpis(NpgsqlDataSource db, TimeProvider clock) =>
        new(Executive(db, clock), new SpeedToLeadQueries(db));

    public static FunnelService Funnel(NpgsqlDataSource db) => new(new FunnelQueries(db), new RollupKpiSource(db));

    public static AnalyticsCsvReports AnalyticsCsv(NpgsqlDataSource db, TimeProvider clock) =>
        new(Revenue.RevenueHarness.Service(db, clock.GetUtcNow()), Executive(db, clock), Funnel(db), CompanyKpis(db, clock));

    public static CsvExportService CsvExport(NpgsqlDataSource db, TimeProvider clock) =>
        new(new ExportQueries(db), new BotPerformanceService(new BotPerformanceQueries(db), new LocationQueries(db), clock),
            new JorgeBi.Data.Commissions.ClosedDealQueries(db), AnalyticsCsv(db, clock));

    public static InsightService Insights(NpgsqlDataSource db, TimeProvider clock)
    {
        var kpis = new RollupKpiSource(db);
        return new InsightService(new InsightQueries(db, kpis), kpis, new LocationQueries(db), clock);
    }
}
