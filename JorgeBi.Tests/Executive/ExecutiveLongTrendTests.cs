using JorgeBi.Core.Kpis;
using static JorgeBi.Tests.Support.TrendAssertions;

namespace JorgeBi.Tests.Executive;

/// <summary>
/// Weekly and monthly trend points: the first clipped to the period's start, then ISO weeks
/// from Monday or calendar months. "Now" is Wednesday 2026-06-17 10:30 in Los Angeles.
/// </summary>
public sealed class ExecutiveLongTrendTests(TestDatabase db) : IClassFixture<TestDatabase>
{
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
        var k = await ReadAsync(db.DataSource, f, "90d");

        var mondays = Enumerable.Range(0, 13).Select(w => new DateTime(2026, 3, 23).AddDays(7 * w));
        Assert.Equal(mondays.Prepend(new DateTime(2026, 3, 20)), k.Trends[Kpi.TotalLeads].Select(p => p.PeriodStart));
        Assert.Equal([2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], Values(k, Kpi.TotalLeads));
        Assert.Equal(300_000, k.Trends[Kpi.Revenue][2].Value);       // Wed Apr 1: week of Mon Mar 30
        AssertSumsToTotals(k);
    }

    [Fact]
    public async Task Trends_90d_P95PerWeek_WholeWeeksAndPartWeeksAlike()
    {
        var f = new FixtureEvents("trend-90d-p95");
        f.Interaction(new(2026, 3, 20, 12, 0, 0), ms: 30.4);        // Friday: the first, part week
        for (var i = 0; i < 18; i++) f.Interaction(new(2026, 4, 6, 12, 0, i), ms: 10);   // Monday of a whole week
        for (var i = 0; i < 2; i++) f.Interaction(new(2026, 4, 12, 12, 0, i), ms: 200.9); // its Sunday
        f.Interaction(new(2026, 6, 17, 9, 0, 0), ms: 55.5);         // today: the last, part week
        var k = await ReadAsync(db.DataSource, f, "90d");

        var p95 = k.Trends[Kpi.P95ResponseTimeMs];
        Assert.Equal(30, p95[0].Value);
        // The week of Mon Apr 6: 18 x 10 ms and 2 x 200 ms; the 19th of 20 is 200 ms.
        Assert.Equal((new DateTime(2026, 4, 6), 200.0), (p95[3].PeriodStart, p95[3].Value));
        Assert.Null(p95[4].Value);
        Assert.Equal(55, p95[^1].Value);
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
        var k = await ReadAsync(db.DataSource, f, "1y");

        var months = Enumerable.Range(0, 12).Select(m => new DateTime(2025, 7, 1).AddMonths(m));
        Assert.Equal(months.Prepend(new DateTime(2025, 6, 18)), k.Trends[Kpi.TotalLeads].Select(p => p.PeriodStart));
        Assert.Equal([2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], Values(k, Kpi.TotalLeads));
        Assert.Equal(60_000, k.Trends[Kpi.JorgeCommission][6].Value);
        Assert.Equal(2, k.Trends[Kpi.DealsClosed][6].Value);
        Assert.Equal(40, k.Trends[Kpi.P95ResponseTimeMs][6].Value);  // 1-ms histogram: the floor
        AssertSumsToTotals(k);
    }
}
