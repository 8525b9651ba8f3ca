using JorgeBi.Core.Company;
using JorgeBi.Core.Kpis;

namespace JorgeBi.Tests.Company;

/// <summary>
/// The company view of <see cref="TwoZoneCompany"/> against hand-computed numbers, on the real
/// rollups: each office over its own local period, combined by sums, rates of summed counts and
/// percentiles of merged distributions.
/// </summary>
public sealed class CompanyKpiTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task SevenDays_EachOfficeOverItsOwnToday_CombinedExactly()
    {
        var f = new TwoZoneCompany("c7d");
        await f.SeedAsync(db.DataSource);

        var k = await TwoZoneCompany.Service(db.DataSource).GetAsync(f.Members("7d"), includeTrends: true);

        // Los Angeles' week is Jun 24-30 (la-1, la-3); New York's is Jun 25-Jul 1 (ny-1; ny-2 of
        // Jun 24 is in its previous week, though Jun 24 is inside Los Angeles' week).
        Assert.Equal(3, k.Metrics[Kpi.TotalLeads]);
        Assert.Equal(2, k.Previous[Kpi.TotalLeads]);
        Assert.Equal(50, k.Comparisons[Kpi.TotalLeads]);
        Assert.Equal(3, k.Metrics[Kpi.DealsClosed]);
        Assert.Equal(800_000, k.Metrics[Kpi.Revenue]);
        // 500,000 x 6 % + 200,000 x 5 % + 100,000 x 5 %: each deal at its own office's rate.
        Assert.Equal(45_000, k.Metrics[Kpi.JorgeCommission]);
        Assert.Equal(1.0, k.Metrics[Kpi.ConversionRate]);
        // 19 of 20 interactions succeeded (4 of 5 and 15 of 15), not the mean of 80 % and 100 %.
        Assert.Equal(0.95, k.Metrics[Kpi.BotSuccessRate]);
        Assert.Equal((4 * 10 + 200 + 15 * 20) / 20.0, k.Metrics[Kpi.AvgResponseTimeMs]);
        // The 19th of 20 sorted times (nearest rank of 95 %) is 20 ms; the offices' own p95s are 200 and 20 ms.
        Assert.Equal(20, k.Metrics[Kpi.P95ResponseTimeMs]);
        Assert.Equal(20, k.Metrics[Kpi.MlResponseTimeMs]);
        // The middle of 5.25, 5.75 and 100.5 s: two offices' leads of the same whole second, ordered together.
        Assert.Equal(5.75, k.Metrics[Kpi.SpeedToLeadS]);
        Assert.Equal(0, k.Metrics[Kpi.HandoffRate]);
        Assert.Equal(500_000, k.Metrics[Kpi.PipelineValue]);
        // 300,000 x 0.50 x 6 % + 200,000 x 0.25 x 5 %.
        Assert.Equal(11_500, k.Metrics[Kpi.WeightedPipelineCommission]);
    }

    [Fact]
    public async Task ThisMonth_IsEachOfficesOwnMonth_AgainstTheSummedTarget()
    {
        var f = new TwoZoneCompany("cmonth");
        await f.SeedAsync(db.DataSource);

        var k = await TwoZoneCompany.Service(db.DataSource).GetAsync(f.Members("7d"), includeTrends: false);

        // June for Los Angeles (30,000), July for New York (10,000; its June deal of Jun 28 is last month).
        Assert.Equal((30_000 + 10_000) / 250_000.0, k.Metrics[Kpi.CommissionTargetProgress]);
        Assert.Equal(16, k.JorgeCommission.ProgressPercentage);
        Assert.Equal(250_000m, k.JorgeCommission.MonthlyTarget);
        // Rates differ: the commission earned over the revenue.
        Assert.Equal(45_000m / 800_000m, k.JorgeCommission.Rate);
        // The pace: what each office should have earned of its own target by its own clock.
        var laElapsed = (29 * 24 + 22.5) / (30 * 24);
        var nyElapsed = 1.5 / (31 * 24);
        Assert.Equal((150_000 * laElapsed + 100_000 * nyElapsed) / 250_000, k.Targets[Kpi.CommissionTargetProgress].Target, 12);
        Assert.Equal(TargetStatus.OffTrack, k.Targets[Kpi.CommissionTargetProgress].Status);
    }

    [Fact]
    public async Task Last24Hours_EndsWithEachOfficesCurrentHour()
    {
        var f = new TwoZoneCompany("c24h");
        await f.SeedAsync(db.DataSource);

        var k = await TwoZoneCompany.Service(db.DataSource).GetAsync(f.Members("24h"), includeTrends: true);

        // Los Angeles: [Jun 29 23:00, Jun 30 23:00); New York: [Jun 30 02:00, Jul 1 02:00).
        Assert.Equal(2, k.Metrics[Kpi.TotalLeads]);
        Assert.Equal(700_000, k.Metrics[Kpi.Revenue]);
        Assert.Equal(40_000, k.Metrics[Kpi.JorgeCommission]);
        Assert.Equal(1.0, k.Metrics[Kpi.BotSuccessRate]);
        Assert.Equal(20, k.Metrics[Kpi.P95ResponseTimeMs]);
        // An even count: the mean of the two middle values, 5.75 (New York) and 100.5 s (Los Angeles).
        Assert.Equal((5.75 + 100.5) / 2, k.Metrics[Kpi.SpeedToLeadS]);
        // The local hours either office covers: 23:00 on Jun 29 to 01:00 on Jul 1.
        var hours = k.Trends[Kpi.TotalLeads];
        Assert.Equal(27, hours.Count);
        Assert.Equal(new DateTime(2026, 6, 29, 23, 0, 0), hours[0].PeriodStart);
        Assert.Equal(1, hours.Single(p => p.PeriodStart == new DateTime(2026, 6, 30, 22, 0, 0)).Value);
        Assert.Equal(1, hours.Single(p => p.PeriodStart == new DateTime(2026, 7, 1, 0, 0, 0)).Value);
        Assert.Equal(2, hours.Sum(p => p.Value));
    }

    [Fact]
    public async Task Trend_AddsTheOfficesUpByLocalDate()
    {
        var f = new TwoZoneCompany("ctrend");
        await f.SeedAsync(db.DataSource);

        var k = await TwoZoneCompany.Service(db.DataSource).GetAsync(f.Members("7d"), includeTrends: true);

        // Jun 24 (Los Angeles' first day) to Jul 1 (New York's today).
        var start = new DateTime(2026, 6, 24);
        Assert.Equal(Enumerable.Range(0, 8).Select(d => start.AddDays(d)), k.Trends[Kpi.TotalLeads].Select(p => p.PeriodStart));
        Assert.Equal([1, 0, 0, 0, 0, 0, 1, 1], k.Trends[Kpi.TotalLeads].Select(p => p.Value));
        Assert.Equal([0, 0, 0, 0, 100_000, 0, 500_000, 200_000], k.Trends[Kpi.Revenue].Select(p => p.Value));
        // Jun 28: Los Angeles' 10, 10 and 200 ms with New York's fourteen 20 ms: the 17th of 17 is 200 ms.
        Assert.Equal(200, k.Trends[Kpi.P95ResponseTimeMs][4].Value);
        Assert.Equal(k.Metrics[Kpi.TotalLeads], k.Trends[Kpi.TotalLeads].Sum(p => p.Value));
    }

    [Fact]
    public async Task Rows_AreEachOfficesOwnNumbersOverItsOwnPeriod()
    {
        var f = new TwoZoneCompany("crows");
        await f.SeedAsync(db.DataSource);

        var k = await TwoZoneCompany.Service(db.DataSource).GetAsync(f.Members("7d"), includeTrends: false);

        var la = k.Locations!.Single(r => r.LocationId == f.LosAngeles.LocationId);
        var ny = k.Locations!.Single(r => r.LocationId == f.NewYork.LocationId);
        Assert.Equal((new DateTime(2026, 6, 24), new DateTime(2026, 7, 1)), (la.PeriodStart, la.PeriodEnd));
        Assert.Equal((new DateTime(2026, 6, 25), new DateTime(2026, 7, 2)), (ny.PeriodStart, ny.PeriodEnd));
        Assert.Equal(2, la.Metrics[Kpi.TotalLeads]);
        Assert.Equal(1, ny.Metrics[Kpi.TotalLeads]);
        Assert.Equal(200, la.Metrics[Kpi.P95ResponseTimeMs]);
        Assert.Equal(20, ny.Metrics[Kpi.P95ResponseTimeMs]);
        Assert.Equal((5.25 + 100.5) / 2, la.Metrics[Kpi.SpeedToLeadS]);
        Assert.Equal(0.8, la.Metrics[Kpi.BotSuccessRate]);
        Assert.Equal(30_000 / 150_000.0, la.Metrics[Kpi.CommissionTargetProgress]);
        Assert.Equal(10_000 / 100_000.0, ny.Metrics[Kpi.CommissionTargetProgress]);
    }

    [Theory]
    [InlineData("24h")]
    [InlineData("7d")]
    [InlineData("90d")]
    public async Task OneOffice_CombinedAlone_EqualsItsOwnDashboard(string timeframe)
    {
        var f = new TwoZoneCompany("csolo" + timeframe);
        await f.SeedAsync(db.DataSource);
        var member = f.Members(timeframe)[0];

        var company = await TwoZoneCompany.Service(db.DataSource).GetAsync([member], includeTrends: true);
        var own = await Services.Executive(db.DataSource, new ManualClock(TwoZoneCompany.Now)).GetAsync(member.Location, member.Period, includeTrends: true);

        Assert.Equal(own.Metrics.OrderBy(m => m.Key), company.Metrics.OrderBy(m => m.Key));
        Assert.Equal(own.Previous.OrderBy(m => m.Key), company.Previous.OrderBy(m => m.Key));
        Assert.Equal(own.Targets.OrderBy(m => m.Key), company.Targets.OrderBy(m => m.Key));
        Assert.Equal(own.JorgeCommission, company.JorgeCommission);
        foreach (var (kpi, points) in own.Trends) Assert.Equal(points, company.Trends[kpi]);
    }
}
