using JorgeBi.Core.Bots;
using JorgeBi.Core.Company;
using JorgeBi.Core.Executive;
using JorgeBi.Core.Export;
using JorgeBi.Core.Funnel;
using JorgeBi.Core.Insights;
using JorgeBi.Core.Kpis;
using JorgeBi.Core.Leads;
using JorgeBi.Data.Bots;
using JorgeBi.Data.Export;
using JorgeBi.Data.Funnel;
using JorgeBi.Data.Insights;
using JorgeBi.Data.Kpis;
using JorgeBi.Data.Leads;
using Npgsql;

namespace JorgeBi.Tests.Support;

/// <summary>The services under test (those with several sources) wired to a test database and a manual clock, as DI wires them.</summary>
public static class Services
{
    public static ExecutiveKpiService Executive(NpgsqlDataSource db, TimeProvider clock) =>
        new(new KpiQueries(db), new TrendQueries(db), new LocationQueries(db), clock);

    public static CompanyKpiService CompanyKpis(NpgsqlDataSource db, TimeProvider clock) =>
        new(Executive(db, clock), new SpeedToLeadQueries(db));

    public static FunnelService Funnel(NpgsqlDataSource db) => new(new FunnelQueries(db), new KpiQueries(db));

    public static SummaryCsvReports SummaryCsv(NpgsqlDataSource db, TimeProvider clock) =>
        new(Revenue.RevenueHarness.Service(db, clock.GetUtcNow()), Executive(db, clock), Funnel(db), CompanyKpis(db, clock));

    public static ExportService CsvExport(NpgsqlDataSource db, TimeProvider clock) =>
        new(new ExportQueries(db), new BotPerformanceService(new BotPerformanceQueries(db), new LocationQueries(db), clock),
            new JorgeBi.Data.Commissions.ClosedDealQueries(db), SummaryCsv(db, clock));

    public static InsightService Insights(NpgsqlDataSource db, TimeProvider clock)
    {
        var kpis = new KpiQueries(db);
        return new InsightService(new InsightQueries(db, kpis), kpis, new LocationQueries(db), clock);
    }
}
