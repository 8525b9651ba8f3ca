using JorgeBi.Core.Analytics;
using JorgeBi.Tests.Support;

namespace JorgeBi.Tests.Executive;

/// <summary>
/// Trend points per grain: their count, their starts (the first clipped to the period's
/// start, then calendar hours, days, ISO weeks or months) and their sums. "Now" is
/// Wednesday 2026-06-17 10:30 in Los Angeles.
/// </summary>
public sealed class ExecutiveTrendTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    private static readonly DateTime Now = new(2026, 6, 17, 10, 30, 0);

    [Fact]
    public async Task Trends_24h_AreHourlyFromTheHourAfterNowYesterday()
    {
        var f = new FixtureEvents("trend-24h");
        f.Lead(new(2026, 6, 16, 10, 59, 0));                       // before the period
        f.Lead(new(2026, 6, 16, 11, 0, 0));
        f.Lead(new(2026, 6, 16, 11, 30, 0));
        f.Lead(new(2026, 6, 17, 10, 45, 0));
        f.Interaction(new(2026, 6, 16, 15, 10, 0), ms: 10);
        f.Interaction(new(2026, 6, 16, 15, 20, 0), ms: 20);
        f.Interaction(new(2026, 6, 16, 15, 30, 0), ms: 30, success: false);
        f.Closed(new(2026, 6, 17, 9, 15, 0), 200_000m);
        var k = await ReadAsync(f, "24h");

        var start = new DateTime(2026, 6, 16, 11, 0, 0);
        Assert.Equal(Enumerable.Range(0, 24).Select(h => start.AddHours(h)), k.Trends[Kpi.TotalLeads].Select(p => p.PeriodStart));
        Assert.Equal([2, 1], Values(k, Kpi.TotalLeads).Where(v => v > 0));
        Assert.Equal(1, k.Trends[Kpi.TotalLeads][23].Value);
        var at1500 = k.Trends.ToDictionary(t => t.Key, t => t.Value[4].Value);
        Assert.Equal(2.0 / 3, at1500[Kpi.BotSuccessRate]);
        Assert.Equal(30, at1500[Kpi.P95ResponseTimeMs]);
        Assert.Single(k.Trends[Kpi.BotSuccessRate], p => p.Value is not null);
        Assert.Equal(12_000, k.Trends[Kpi.JorgeCommission][22].Value);
        AssertSumsToTotals(k);
    }

    [Fact]
    public async Task Trends_30d_AreDailyAndCountQualifiedLeadsOncePerDay()
    {
        var f = new FixtureEvents("trend-30d");
        f.Lead(new(2026, 5, 18, 23, 59, 0));                       // before the period
        var a = f.Lead(new(2026, 5, 19, 0, 0, 0));
        f.Lead(new(2026, 5, 25, 8, 0, 0));
        f.Lead(new(2026, 5, 25, 9, 0, 0));
        f.Lead(new(2026, 6, 17, 23, 0, 0));
        f.Qualified(new(2026, 5, 20, 10, 0, 0), a);
        f.Qualified(new(2026, 5, 20, 14, 0, 0), a);
        f.Qualified(new(2026, 6, 1, 9, 0, 0), a);
        f.Appointment(new(2026, 6, 2, 9, 0, 0));
        var k = await ReadAsync(f, "30d");

        var start = new DateTime(2026, 5, 19);
        Assert.Equal(Enumerable.Range(0, 30).Select(d => start.AddDays(d)), k.Trends[Kpi.TotalLeads].Select(p => p.PeriodStart));
        Assert.Equal(1, k.Trends[Kpi.TotalLeads][0].Value);
        Assert.Equal(2, k.Trends[Kpi.TotalLeads][6].Value);
        Assert.Equal(1, k.Trends[Kpi.TotalLeads][29].Value);
        // One lead: once on May 20 (two qualifications), once on Jun 1; once over the period.
        Assert.Equal(1, k.Trends[Kpi.QualifiedLeads][1].Value);
        Assert.Equal(1, k.Trends[Kpi.QualifiedLeads][13].Value);
        Assert.Equal(2, Values(k, Kpi.QualifiedLeads).Sum());
        Assert.Equal(1, k.Metrics[Kpi.QualifiedLeads]);
        Assert.Equal(1, k.Trends[Kpi.AppointmentsScheduled][14].Value);
        AssertSumsToTotals(k);
    }

    [Fact]
    public async Task Trends_90d_AreIsoWeeksFromMonday()
    {
        var f = new FixtureEvents("trend-90d");
        f.Lead(new(2026, 3, 19, 12, 0, 0));                        // before the period
        f.Lead(new(2026, 3, 20, 0, 0, 0));                         // Friday: first point
        f.Lead(new(2026, 3, 22, 23, 0, 0));                        // Sunday: still the first point
        f.Lead(new(2026, 3, 23, 0, 0, 0));                         // Monday: second point
        f.Lead(new(2026, 6, 17, 12, 0, 0));
        f.Closed(new(2026, 4, 1, 12, 0, 0), 300_000m);
        var k = await ReadAsync(f, "90d");

        var mondays = Enumerable.Range(0, 13).Select(w => new DateTime(2026, 3, 23).AddDays(7 * w));
        Assert.Equal(mondays.Prepend(new DateTime(2026, 3, 20)), k.Trends[Kpi.TotalLeads].Select(p => p.PeriodStart));
        Assert.Equal([2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], Values(k, Kpi.TotalLeads));
        Assert.Equal(300_000, k.Trends[Kpi.Revenue][2].Value);       // Wed Apr 1: week of Mon Mar 30
        AssertSumsToTotals(k);
    }

    [Fact]
    public async Task Trends_1y_AreCalendarMonths()
    {
        var f = new FixtureEvents("trend-1y");
        f.Lead(new(2025, 6, 17, 12, 0, 0));                        // before the period
        f.Lead(new(2025, 6, 18, 0, 0, 0));
        f.Lead(new(2025, 6, 30, 23, 0, 0));
        f.Lead(new(2025, 7, 1, 0, 0, 0));
        f.Lead(new(2026, 6, 17, 12, 0, 0));
        f.Closed(new(2025, 12, 3, 12, 0, 0), 400_000m);
        f.Closed(new(2025, 12, 30, 12, 0, 0), 600_000m);
        f.Interaction(new(2025, 12, 5, 12, 0, 0), ms: 40.7);
        var k = await ReadAsync(f, "1y");

        var months = Enumerable.Range(0, 12).Select(m => new DateTime(2025, 7, 1).AddMonths(m));
        Assert.Equal(months.Prepend(new DateTime(2025, 6, 18)), k.Trends[Kpi.TotalLeads].Select(p => p.PeriodStart));
        Assert.Equal([2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], Values(k, Kpi.TotalLeads));
        Assert.Equal(60_000, k.Trends[Kpi.JorgeCommission][6].Value);
        Assert.Equal(2, k.Trends[Kpi.DealsClosed][6].Value);
        Assert.Equal(40, k.Trends[Kpi.P95ResponseTimeMs][6].Value);  // 1-ms histogram: the floor
        AssertSumsToTotals(k);
    }

    private async Task<ExecutiveKpis> ReadAsync(FixtureEvents f, string timeframe)
    {
        await f.IngestAsync(db.DataSource);
        return (await Services.Executive(db.DataSource, ManualClock.AtLosAngeles(Now)).GetAsync(f.Location, timeframe))!;
    }

    private static double[] Values(ExecutiveKpis k, string kpi) => k.Trends[kpi].Select(p => p.Value ?? 0).ToArray();

    private static void AssertSumsToTotals(ExecutiveKpis k)
    {
        foreach (var kpi in new[] { Kpi.TotalLeads, Kpi.AppointmentsScheduled, Kpi.DealsClosed, Kpi.Revenue, Kpi.JorgeCommission })
        {
            Assert.Equal(k.Metrics[kpi], Values(k, kpi).Sum());
        }
        Assert.True(k.Metrics[Kpi.TotalLeads] > 0);
    }
}
