using JorgeBi.Core.Bots;
using JorgeBi.Data.Bots;
using JorgeBi.Data.Kpis;
using JorgeBi.Tests.Bots;
using Npgsql;

namespace JorgeBi.Tests.Company;

/// <summary>
/// The bot matrix, system health, alerts and trend of <see cref="TwoZoneBots"/> for all locations,
/// against hand-computed numbers on the real rollups: each office over its own local week, counts
/// added up, rates of summed counts, p95s of the merged histograms.
/// </summary>
public sealed class CompanyBotTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task SevenDays_SellerInBothOffices_RowIsTheSumsAndTheMergedHistogram()
    {
        var f = new TwoZoneCompany("cb7d");
        await TwoZoneBots.SeedAsync(f, db.DataSource);

        var result = await Performance(db.DataSource).ForLocationsAsync(f.Members("7d"));
        var seller = result.BotMetrics.Single(b => b.BotId == TwoZoneBots.Seller);

        Assert.Equal(7 + 19, seller.Interactions);
        Assert.Equal(7 + 19, seller.Conversations);
        // 24 of 26 (6 of 7 and 18 of 19), not the mean of 85.7 % and 94.7 %.
        Assert.Equal(24.0 / 26, seller.SuccessRate!.Value, 12);
        var (low, high) = WilsonByHand.Interval(24, 26);
        Assert.Equal(low, seller.SuccessCiLow, 12);
        Assert.Equal(high, seller.SuccessCiHigh, 12);
        Assert.Equal(BotStatus.AtRisk, seller.SuccessStatus);
        Assert.Equal((4 * 10 + 200 + 130 + 180 + 18 * 20 + 100) / 26.0, seller.AvgResponseMs!.Value, 9);
        // The 25th of 26 sorted times (10 x 4, 20 x 18, 100, 130, 180, 200) is 180 ms; the offices'
        // own p95s are 200 and 100 ms (mean 150, weighted by interactions 126.9).
        Assert.Equal(180, seller.P95ResponseMs);
        Assert.Equal(BotStatus.OverTarget, seller.LatencyStatus);
        Assert.Equal(BotStatus.BelowTarget, seller.Status);
        Assert.Equal(0.9, seller.AvgConfidence!.Value, 12);
        Assert.Equal(1 + 2, seller.QualifiedLeads);
        Assert.Equal(3.0 / 26, seller.QualificationRate!.Value, 12);
        Assert.Equal(1 + 1, seller.Handoffs);
        Assert.Equal(2.0 / 26, seller.HandoffRate!.Value, 12);
        Assert.Equal(1 + 2, seller.Appointments);
        // 500,000 x 6 % in Los Angeles and 400,000 x 5 % in New York, each at its office's rate.
        Assert.Equal(2, seller.DealsClosed);
        Assert.Equal(50_000m, seller.CommissionAttributed);
        Assert.Equal(50, seller.ResponseTargetMs);
        Assert.Equal(0.94m, seller.SuccessTarget);
    }

    [Fact]
    public async Task SevenDays_SystemHealthAndAlerts_AreComputedFromTheCombinedRows()
    {
        var f = new TwoZoneCompany("cbhealth");
        await TwoZoneBots.SeedAsync(f, db.DataSource);

        var result = await Performance(db.DataSource).ForLocationsAsync(f.Members("7d"));
        var h = result.SystemHealth;

        // The seller's 26 with the intent decoder's 15 (New York, 20 ms, all successful).
        Assert.Equal(41, h.Interactions);
        Assert.Equal(39.0 / 41, h.SuccessRate!.Value, 12);
        var (low, high) = WilsonByHand.Interval(39, 41);
        Assert.Equal(low, h.SuccessCiLow, 12);
        Assert.Equal(high, h.SuccessCiHigh, 12);
        // The 39th of 41 (10 x 4, 20 x 33, 100, 130, 180, 200) is 130 ms; Los Angeles' own is 200, New York's 20.
        Assert.Equal(130, h.P95ResponseMs);
        Assert.Equal((1, 0, 1, 2), (h.BotsOnTarget, h.BotsAtRisk, h.BotsBelowTarget, h.BotsNoData));
        var intent = result.BotMetrics.Single(b => b.BotId == "intent-decoder");
        Assert.Equal((15L, 20.0, 2L, 15_000m), (intent.Interactions, intent.P95ResponseMs!.Value, intent.DealsClosed, intent.CommissionAttributed));
        Assert.Equal(
            [(TwoZoneBots.Seller, PerformanceAlert.LatencyOverTarget, PerformanceAlert.Critical),
             (TwoZoneBots.Seller, PerformanceAlert.SuccessAtRisk, PerformanceAlert.Warning)],
            result.PerformanceAlerts.Select(a => (a.BotId, a.Kind, a.Severity)).Order());
        Assert.Equal(180, result.PerformanceAlerts.Single(a => a.Kind == PerformanceAlert.LatencyOverTarget).Value);
    }

    [Fact]
    public async Task SevenDays_Trend_AddsTheOfficesUpByLocalDate_P95OfEachDaysMergedHistogram()
    {
        var f = new TwoZoneCompany("cbtrend");
        await TwoZoneBots.SeedAsync(f, db.DataSource);

        var trend = await new BotTrendService(new BotTrendQueries(db.DataSource)).ForLocationsAsync(f.Members("7d"));

        Assert.NotNull(trend);
        Assert.Equal("day", trend.Grain);
        var seller = trend.Bots.Single(b => b.BotId == TwoZoneBots.Seller).Points;
        // Jun 24 (Los Angeles' first day) to Jul 1 (New York's today).
        var start = new DateTime(2026, 6, 24);
        Assert.Equal(Enumerable.Range(0, 8).Select(d => start.AddDays(d)), seller.Select(p => p.PeriodStart));
        Assert.Equal([1, 0, 0, 0, 3, 2 + 19, 1, 0], seller.Select(p => p.Interactions));
        Assert.Equal([1, 0, 0, 0, 2, 2 + 18, 1, 0], seller.Select(p => p.Successes));
        // Jun 29: Los Angeles' 130 and 180 ms (its own p95 180) with New York's 20 ms x 18 and
        // 100 ms (its own p95 100): the 20th of 21 is 130 ms.
        Assert.Equal([10, null, null, null, 200, 130, 10, null], seller.Select(p => p.P95ResponseMs));
        var intent = trend.Bots.Single(b => b.BotId == "intent-decoder").Points;
        Assert.Equal([0, 0, 0, 0, 14, 0, 0, 1], intent.Select(p => p.Interactions));
    }

    [Fact]
    public async Task Last24Hours_EachOfficesOwnHours_NoTrend()
    {
        var f = new TwoZoneCompany("cb24h");
        await TwoZoneBots.SeedAsync(f, db.DataSource);

        var result = await Performance(db.DataSource).ForLocationsAsync(f.Members("24h"));
        var trend = await new BotTrendService(new BotTrendQueries(db.DataSource)).ForLocationsAsync(f.Members("24h"));

        // Los Angeles' [Jun 29 23:00, Jun 30 23:00) holds la-3's 10 ms; New York's [Jun 30 02:00, Jul 1 02:00) ny-1's 20 ms.
        var byBot = result.BotMetrics.ToDictionary(b => b.BotId);
        Assert.Equal((1L, 10.0), (byBot[TwoZoneBots.Seller].Interactions, byBot[TwoZoneBots.Seller].P95ResponseMs!.Value));
        Assert.Equal((1L, 20.0), (byBot["intent-decoder"].Interactions, byBot["intent-decoder"].P95ResponseMs!.Value));
        Assert.Equal(20, result.SystemHealth.P95ResponseMs);
        Assert.Null(trend);
    }

    [Theory]
    [InlineData("24h")]
    [InlineData("7d")]
    [InlineData("30d")]
    public async Task OneOffice_CombinedAlone_EqualsItsOwnMatrix(string timeframe)
    {
        var f = new TwoZoneCompany("cbsolo" + timeframe);
        await TwoZoneBots.SeedAsync(f, db.DataSource);
        var member = f.Members(timeframe)[1];
        var service = Performance(db.DataSource);

        var company = await service.ForLocationsAsync([member]);
        var own = await service.ForPeriodAsync(member.Location, member.Period);

        Assert.Equivalent(own.BotMetrics, company.BotMetrics, strict: true);
        Assert.Equal(own.SystemHealth, company.SystemHealth);
        Assert.Equal(own.PerformanceAlerts, company.PerformanceAlerts);
    }

    private static BotPerformanceService Performance(NpgsqlDataSource db) =>
        new(new BotPerformanceQueries(db), new LocationQueries(db), new ManualClock(TwoZoneCompany.Now));
}
