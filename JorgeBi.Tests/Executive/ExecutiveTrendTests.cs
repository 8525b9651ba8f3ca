using JorgeBi.Core.Kpis;
using static JorgeBi.Tests.Support.TrendAssertions;

namespace JorgeBi.Tests.Executive;

/// <summary>
/// Hourly and daily trend points: their count, their starts and their sums. "Now" is
/// Wednesday 2026-06-17 10:30 in Los Angeles.
/// </summary>
public sealed class ExecutiveTrendTests(TestDatabase db) : IClassFixture<TestDatabase>
{
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
        var k = await ReadAsync(db.DataSource, f, "24h");

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
        var k = await ReadAsync(db.DataSource, f, "30d");

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
}
