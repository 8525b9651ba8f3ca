using JorgeBi.Core.Executive;
using JorgeBi.Core.Kpis;
using Npgsql;

namespace JorgeBi.Tests.Support;

/// <summary>Reads a fixture's executive KPIs and checks that trend points add up to the period's totals.</summary>
public static class TrendAssertions
{
    public static readonly DateTime Now = new(2026, 6, 17, 10, 30, 0);

    public static async Task<ExecutiveKpis> ReadAsync(NpgsqlDataSource db, FixtureEvents f, string timeframe)
    {
        await f.IngestAsync(db);
        return (await Services.Executive(db, ManualClock.AtLosAngeles(Now)).GetAsync(f.Location, timeframe))!;
    }

    public static double[] Values(ExecutiveKpis k, string kpi) => k.Trends[kpi].Select(p => p.Value ?? 0).ToArray();

    /// <summary>Additive KPIs: the points partition the period, so they sum to its value.</summary>
    public static void AssertSumsToTotals(ExecutiveKpis k)
    {
        foreach (var kpi in new[] { Kpi.TotalLeads, Kpi.AppointmentsScheduled, Kpi.DealsClosed, Kpi.Revenue, Kpi.JorgeCommission })
        {
            Assert.Equal(k.Metrics[kpi], Values(k, kpi).Sum());
        }
        Assert.True(k.Metrics[Kpi.TotalLeads] > 0);
    }
}
