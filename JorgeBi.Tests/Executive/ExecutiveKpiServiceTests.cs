using JorgeBi.Core.Executive;
using JorgeBi.Core.Kpis;

namespace JorgeBi.Tests.Executive;

/// <summary>
/// Current and previous period, % change and the commission panel, on a hand-written week.
/// "Now" is Wednesday 2026-06-17 10:30 in Los Angeles: 7d is [Jun 11, Jun 18), its previous
/// period [Jun 4, Jun 11), and 16 days 10.5 hours of June's 30 days have passed.
/// </summary>
public sealed class ExecutiveKpiServiceTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    private static readonly DateTime Now = new(2026, 6, 17, 10, 30, 0);

    [Fact]
    public async Task ExecutiveKpis_SevenDays_ComparesWithPreviousWeek()
    {
        var f = await SeedAsync("exec-change");

        var k = (await Services.Executive(db.DataSource, ManualClock.AtLosAngeles(Now)).GetAsync(f.Location, "7d"))!;

        Assert.Equal(4, k.Metrics[Kpi.TotalLeads]);
        Assert.Equal(2, k.Previous[Kpi.TotalLeads]);
        Assert.Equal(100, k.Comparisons[Kpi.TotalLeads]);
        Assert.Equal(30_000, k.Metrics[Kpi.JorgeCommission]);
        Assert.Equal(24_000, k.Previous[Kpi.JorgeCommission]);
        Assert.Equal(25, k.Comparisons[Kpi.JorgeCommission]);
        Assert.Equal(0.9, k.Metrics[Kpi.BotSuccessRate]);
        Assert.Equal(-10, k.Comparisons[Kpi.BotSuccessRate]);
        Assert.Equal(0.25, k.Metrics[Kpi.ConversionRate]);
        Assert.Equal(-50, k.Comparisons[Kpi.ConversionRate]);
    }

    [Fact]
    public async Task ExecutiveKpis_CommissionProgress_CountsOnlyTheCurrentMonth()
    {
        var f = await SeedAsync("exec-progress");

        var k = (await Services.Executive(db.DataSource, ManualClock.AtLosAngeles(Now)).GetAsync(f.Location, "7d"))!;

        // June: 30,000 (Jun 12) + 24,000 (Jun 5); the 60,000 of May 30 is last month.
        Assert.Equal(0.36, k.Metrics[Kpi.CommissionTargetProgress]!.Value, 12);
        Assert.Null(k.Previous[Kpi.CommissionTargetProgress]);
        Assert.Null(k.Comparisons[Kpi.CommissionTargetProgress]);
        Assert.Equal(new JorgeCommissionSummary(0.06m, 0, 30_000, 150_000m, 36), k.JorgeCommission);
        // Pace: 394.5 of 720 hours; 0.36 < 0.9 x 0.5479 is off track.
        Assert.Equal(new KpiTarget(394.5 / 720, TargetStatus.OffTrack), k.Targets[Kpi.CommissionTargetProgress]);
        Assert.Equal(TargetStatus.OnTrack, k.Targets[Kpi.ConversionRate].Status);
        Assert.Equal(TargetStatus.OffTrack, k.Targets[Kpi.BotSuccessRate].Status);
        Assert.Equal(TargetStatus.NoData, k.Targets[Kpi.MlResponseTimeMs].Status);
        Assert.Equal(FixtureEvents.LosAngeles(Now), k.LastUpdated);
    }

    [Fact]
    public async Task ExecutiveKpis_ExplicitDates_UseThatPeriodAndItsPrevious()
    {
        var f = await SeedAsync("exec-explicit");
        var service = Services.Executive(db.DataSource, ManualClock.AtLosAngeles(Now));

        var k = (await service.GetAsync(f.Location, Timeframes.Between(new DateOnly(2026, 6, 4), new DateOnly(2026, 6, 10))))!;

        Assert.Equal(2, k.Metrics[Kpi.TotalLeads]);
        Assert.Equal(1, k.Previous[Kpi.TotalLeads]);          // [May 28, Jun 4): the lead of Jun 3
        Assert.Equal(100, k.Comparisons[Kpi.TotalLeads]);
        Assert.Equal(-60, k.Comparisons[Kpi.JorgeCommission]);  // 24,000 against the 60,000 of May 30
        Assert.Equal(7, k.Trends[Kpi.TotalLeads].Count);
        Assert.Equal(4, (await service.CurrentAsync(f.Location, "7d"))![Kpi.TotalLeads]);
    }

    [Fact]
    public async Task ExecutiveKpis_UnknownLocation_ReturnsNull()
    {
        var service = Services.Executive(db.DataSource, ManualClock.AtLosAngeles(Now));

        Assert.Null(await service.GetAsync("no-such-place", "7d"));
        Assert.Null(await service.CurrentAsync("no-such-place", "7d"));
    }

    private async Task<FixtureEvents> SeedAsync(string location)
    {
        var f = new FixtureEvents(location);
        f.Lead(new(2026, 6, 3, 23, 0, 0));          // before both 7d periods
        f.Lead(new(2026, 6, 4, 0, 0, 0));           // first instant of the previous period
        f.Lead(new(2026, 6, 10, 23, 59, 0));
        f.Lead(new(2026, 6, 11, 9, 0, 0));
        f.Lead(new(2026, 6, 13, 12, 0, 0));
        f.Lead(new(2026, 6, 15, 12, 0, 0));
        f.Lead(new(2026, 6, 17, 8, 0, 0));
        f.Closed(new(2026, 5, 30, 12, 0, 0), 1_000_000m);
        f.Closed(new(2026, 6, 5, 12, 0, 0), 400_000m);
        f.Closed(new(2026, 6, 12, 12, 0, 0), 500_000m);
        f.Interactions(new(2026, 6, 6, 12, 0, 0), count: 4, successes: 4);
        f.Interactions(new(2026, 6, 14, 12, 0, 0), count: 10, successes: 9);
        await f.IngestAsync(db.DataSource);
        return f;
    }
}
