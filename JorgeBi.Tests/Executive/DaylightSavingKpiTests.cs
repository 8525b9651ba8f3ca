using JorgeBi.Core.Kpis;
using static JorgeBi.Tests.Support.TrendAssertions;

namespace JorgeBi.Tests.Executive;

/// <summary>
/// KPIs over the days Los Angeles changes its clocks, against hand-computed values. Buckets
/// are local wall-clock hours: on 2026-11-01 the clocks go back at 02:00 PDT to 01:00 PST,
/// so the day has 25 real hours and its 01:00 bucket holds two of them; on 2026-03-08 they
/// go forward at 02:00 PST to 03:00 PDT, so the day has 23 real hours and 02:00 never happens.
/// </summary>
public sealed class DaylightSavingKpiTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    // Instants of the fall-back night named in UTC: 01:15 PDT is 08:15Z, 01:15 PST is 09:15Z.
    private static DateTime Utc(int month, int day, int hour, int minute) => new(2026, month, day, hour, minute, 0, DateTimeKind.Utc);

    [Fact]
    public async Task FallBackDay_ExplicitDate_CountsAll25HoursOnce()
    {
        var f = await FallBackAsync("dst-fall-day");
        var service = Services.Executive(db.DataSource, ManualClock.AtLosAngeles(new(2026, 11, 3, 10, 0, 0)));

        var k = (await service.GetAsync(f.Location, Timeframes.Between(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 1))))!;

        // Nov 1: 00:30, 01:30 PDT, 01:30 PST, 12:30, 23:30; Oct 31: 12:59, 13:00, 23:30.
        Assert.Equal(5, k.Metrics[Kpi.TotalLeads]);
        Assert.Equal(3, k.Previous[Kpi.TotalLeads]);
        Assert.Equal(66.67, k.Comparisons[Kpi.TotalLeads]);        // (5 - 3) / 3, in % to two places
        // Both deals closed at 01:15, an hour apart: 500,000 + 300,000, at 6 %.
        Assert.Equal(2, k.Metrics[Kpi.DealsClosed]);
        Assert.Equal(800_000, k.Metrics[Kpi.Revenue]);
        Assert.Equal(48_000, k.Metrics[Kpi.JorgeCommission]);
        // 2 of 3 interactions at 01:45 PDT, 1 of 1 at 01:45 PST.
        Assert.Equal(0.75, k.Metrics[Kpi.BotSuccessRate]);
        // 24 wall-clock hours; the 01:00 one holds both real 01:00 hours.
        var starts = k.Trends[Kpi.TotalLeads].Select(p => p.PeriodStart).ToList();
        Assert.Equal(Enumerable.Range(0, 24).Select(h => new DateTime(2026, 11, 1, h, 0, 0)), starts);
        Assert.Equal(2, k.Trends[Kpi.TotalLeads][1].Value);
        Assert.Equal(800_000, k.Trends[Kpi.Revenue][1].Value);
        Assert.Equal(0.75, k.Trends[Kpi.BotSuccessRate][1].Value);
        AssertSumsToTotals(k);
    }

    [Fact]
    public async Task FallBack24h_EndingAfterTheExtraHour_Covers25RealHours()
    {
        var f = await FallBackAsync("dst-fall-24h");
        // 12:30 PST on Nov 1: the period is [Oct 31 13:00 PDT, Nov 1 13:00 PST), 25 real hours.
        var service = Services.Executive(db.DataSource, ManualClock.AtLosAngeles(new(2026, 11, 1, 12, 30, 0)));

        var k = (await service.GetAsync(f.Location, "24h"))!;

        // 13:00, 23:30 on Oct 31; 00:30, 01:30 PDT, 01:30 PST, 12:30 on Nov 1. Before: 12:59 on Oct 31.
        Assert.Equal(6, k.Metrics[Kpi.TotalLeads]);
        Assert.Equal(1, k.Previous[Kpi.TotalLeads]);
        Assert.Equal(500, k.Comparisons[Kpi.TotalLeads]);
        Assert.Equal(800_000, k.Metrics[Kpi.Revenue]);
        Assert.Equal(0.75, k.Metrics[Kpi.BotSuccessRate]);
        var start = new DateTime(2026, 10, 31, 13, 0, 0);
        Assert.Equal(Enumerable.Range(0, 24).Select(h => start.AddHours(h)), k.Trends[Kpi.TotalLeads].Select(p => p.PeriodStart));
        Assert.Equal(2, k.Trends[Kpi.TotalLeads][12].Value);   // Nov 1 01:00, both of them
        AssertSumsToTotals(k);
    }

    [Fact]
    public async Task SpringForwardDay_ExplicitDate_Has23RealHoursAndAnEmptyTwoOClock()
    {
        var f = await SpringForwardAsync("dst-spring-day");
        var service = Services.Executive(db.DataSource, ManualClock.AtLosAngeles(new(2026, 3, 10, 12, 0, 0)));

        var k = (await service.GetAsync(f.Location, Timeframes.Between(new DateOnly(2026, 3, 8), new DateOnly(2026, 3, 8))))!;

        // Mar 8: 01:30 PST, 03:30 PDT, 23:30; Mar 7: 12:00, 23:30.
        Assert.Equal(3, k.Metrics[Kpi.TotalLeads]);
        Assert.Equal(2, k.Previous[Kpi.TotalLeads]);
        Assert.Equal(50, k.Comparisons[Kpi.TotalLeads]);
        // 400,000 at 01:59 PST and 100,000 at 03:00 PDT, one real minute apart; 6 % of 500,000.
        Assert.Equal(2, k.Metrics[Kpi.DealsClosed]);
        Assert.Equal(500_000, k.Metrics[Kpi.Revenue]);
        Assert.Equal(30_000, k.Metrics[Kpi.JorgeCommission]);
        Assert.Equal(0.75, k.Metrics[Kpi.BotSuccessRate]);   // 1 of 2 at 01:50, 2 of 2 at 03:10
        var byHour = k.Trends[Kpi.TotalLeads].ToDictionary(p => p.PeriodStart.Hour, p => p.Value);
        Assert.Equal((1.0, 0.0, 1.0), (byHour[1], byHour[2] ?? 0, byHour[3]));
        Assert.Equal(400_000, k.Trends[Kpi.Revenue].Single(p => p.PeriodStart.Hour == 1).Value);
        Assert.Equal(100_000, k.Trends[Kpi.Revenue].Single(p => p.PeriodStart.Hour == 3).Value);
        AssertSumsToTotals(k);
    }

    [Fact]
    public async Task SpringForward24h_EndingAfterTheMissingHour_Covers23RealHours()
    {
        var f = await SpringForwardAsync("dst-spring-24h");
        // 12:30 PDT on Mar 8: the period is [Mar 7 13:00 PST, Mar 8 13:00 PDT), 23 real hours.
        var service = Services.Executive(db.DataSource, ManualClock.AtLosAngeles(new(2026, 3, 8, 12, 30, 0)));

        var k = (await service.GetAsync(f.Location, "24h"))!;

        // 23:30 on Mar 7; 01:30 PST, 03:30 PDT on Mar 8. Before: 12:00 on Mar 7.
        Assert.Equal(3, k.Metrics[Kpi.TotalLeads]);
        Assert.Equal(1, k.Previous[Kpi.TotalLeads]);
        Assert.Equal(200, k.Comparisons[Kpi.TotalLeads]);
        Assert.Equal(500_000, k.Metrics[Kpi.Revenue]);
        AssertSumsToTotals(k);
    }

    private async Task<FixtureEvents> FallBackAsync(string location)
    {
        var f = new FixtureEvents(location);
        f.Lead(new(2026, 10, 31, 12, 59, 0));
        f.Lead(new(2026, 10, 31, 13, 0, 0));
        f.Lead(new(2026, 10, 31, 23, 30, 0));
        f.Lead(new(2026, 11, 1, 0, 30, 0));
        f.Lead(Utc(11, 1, 8, 30));                       // 01:30 PDT
        f.Lead(Utc(11, 1, 9, 30));                       // 01:30 PST
        f.Lead(new(2026, 11, 1, 12, 30, 0));
        f.Lead(new(2026, 11, 1, 23, 30, 0));
        f.Lead(new(2026, 11, 2, 0, 30, 0));
        f.Closed(Utc(11, 1, 8, 15), 500_000m);          // 01:15 PDT
        f.Closed(Utc(11, 1, 9, 15), 300_000m);          // 01:15 PST
        f.Interactions(Utc(11, 1, 8, 45), count: 3, successes: 2);
        f.Interactions(Utc(11, 1, 9, 45), count: 1, successes: 1);
        await f.IngestAsync(db.DataSource);
        return f;
    }

    private async Task<FixtureEvents> SpringForwardAsync(string location)
    {
        var f = new FixtureEvents(location);
        f.Lead(new(2026, 3, 7, 12, 0, 0));
        f.Lead(new(2026, 3, 7, 23, 30, 0));
        f.Lead(new(2026, 3, 8, 1, 30, 0));               // PST
        f.Lead(new(2026, 3, 8, 3, 30, 0));               // PDT, one real hour later
        f.Lead(new(2026, 3, 8, 23, 30, 0));
        f.Lead(new(2026, 3, 9, 0, 30, 0));
        f.Closed(new(2026, 3, 8, 1, 59, 0), 400_000m);
        f.Closed(new(2026, 3, 8, 3, 0, 0), 100_000m);
        f.Interactions(new(2026, 3, 8, 1, 50, 0), count: 2, successes: 1);
        f.Interactions(new(2026, 3, 8, 3, 10, 0), count: 2, successes: 2);
        await f.IngestAsync(db.DataSource);
        return f;
    }
}
