using JorgeBi.Core.Bots;
using JorgeBi.Core.Kpis;
using JorgeBi.Data.Bots;
using JorgeBi.Data.Events;
using JorgeBi.Data.Kpis;

namespace JorgeBi.Tests.Bots;

public sealed class BotPerformanceServiceTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    private static readonly Period TheDay = new(new DateTime(2026, 2, 10), new DateTime(2026, 2, 11));

    [Fact]
    public async Task Matrix_HandMadeDay_GivesHandComputedRows()
    {
        var result = await ReadAsync("bots-day", BotFixture.Build("bots-day"));
        var seller = result.BotMetrics.Single(b => b.BotId == "jorge-seller");

        Assert.Equal(100, seller.Interactions);
        Assert.Equal(10, seller.Conversations);
        Assert.Equal(0.89, seller.SuccessRate);
        var (low, high) = WilsonByHand.Interval(89, 100);
        Assert.Equal(low, seller.SuccessCiLow, 1e-12);
        Assert.Equal(high, seller.SuccessCiHigh, 1e-12);
        Assert.Equal(BotStatus.BelowTarget, seller.Status);
        // (1 + 2 + ... + 100) / 100 + 0.25; p95 is the 95th of the floored values 1..100.
        Assert.Equal(50.75, seller.AvgResponseMs!.Value, 1e-9);
        Assert.Equal(95, seller.P95ResponseMs);
        Assert.Equal(50, seller.ResponseTargetMs);
        Assert.Equal(BotStatus.OverTarget, seller.LatencyStatus);
        Assert.Equal(BotStatus.BelowTarget, seller.SuccessStatus);
        Assert.Equal([BotStatusRule.SuccessTarget, BotStatusRule.ResponseTarget], seller.MissedTargets);
        Assert.Equal(0.5, seller.AvgConfidence!.Value, 1e-9);
        Assert.Equal(3, seller.QualifiedLeads);
        Assert.Equal(0.3, seller.QualificationRate!.Value, 1e-12);
        Assert.Equal(2, seller.Handoffs);
        Assert.Equal(0.2, seller.HandoffRate!.Value, 1e-12);
        Assert.Equal(2, seller.Appointments);
        Assert.Equal(1, seller.DealsClosed);
        Assert.Equal(30_000m, seller.CommissionAttributed);
    }

    [Fact]
    public async Task Matrix_HandMadeDay_StatusesFollowTheIntervalRule()
    {
        var result = await ReadAsync("bots-status", BotFixture.Build("bots-status"));
        var byBot = result.BotMetrics.ToDictionary(b => b.BotId);

        Assert.Equal(["intent-decoder", "jorge-buyer", "jorge-seller", "lead-bot"], byBot.Keys.Order());
        Assert.Equal(BotStatus.AtRisk, byBot["jorge-buyer"].Status);
        Assert.Equal(BotStatus.OnTarget, byBot["lead-bot"].Status);
        Assert.Equal(BotStatus.NoData, byBot["intent-decoder"].Status);
        Assert.Equal(BotStatus.NoData, byBot["intent-decoder"].LatencyStatus);
        Assert.Null(byBot["intent-decoder"].SuccessRate);
        // 100.9 ms floors to 100 = the lead-bot's target: on target, not over.
        Assert.Equal(100, byBot["lead-bot"].P95ResponseMs);
        Assert.Equal(BotStatus.OnTarget, byBot["lead-bot"].LatencyStatus);
    }

    [Fact]
    public async Task Matrix_LeadTalkedToTwoBots_CommissionGoesToTheFirst()
    {
        var result = await ReadAsync("bots-touch", BotFixture.Build("bots-touch"));
        var buyer = result.BotMetrics.Single(b => b.BotId == "jorge-buyer");

        // s-lead-0 also talked to the buyer bot, later: its 30,000 stays with the seller bot.
        // The buyer bot gets b-lead-1's 400,000 x 0.05; the deal closed before the day counts for nobody.
        Assert.Equal(1, buyer.DealsClosed);
        Assert.Equal(20_000m, buyer.CommissionAttributed);
        Assert.Equal(50_000m, result.BotMetrics.Sum(b => b.CommissionAttributed));
    }

    [Fact]
    public async Task SystemHealth_HandMadeDay_PoolsAllBots()
    {
        var result = await ReadAsync("bots-health", BotFixture.Build("bots-health"));
        var h = result.SystemHealth;

        Assert.Equal(300, h.Interactions);
        Assert.Equal(273.0 / 300, h.SuccessRate!.Value, 1e-12);
        var (low, high) = WilsonByHand.Interval(273, 300);
        Assert.Equal(low, h.SuccessCiLow, 1e-12);
        Assert.Equal(high, h.SuccessCiHigh, 1e-12);
        Assert.Equal(BotStatus.BelowTarget, h.SuccessStatus);
        // Rank ceil(0.95 x 300) = 285 of: seller 1..100, buyer 100 x 10, lead-bot 100 x 100.
        Assert.Equal(100, h.P95ResponseMs);
        Assert.Equal(100, h.P95BudgetMs);
        Assert.Equal((1, 1, 1, 1), (h.BotsOnTarget, h.BotsAtRisk, h.BotsBelowTarget, h.BotsNoData));
    }

    [Fact]
    public async Task Alerts_HandMadeDay_OnePerProblem()
    {
        var result = await ReadAsync("bots-alerts", BotFixture.Build("bots-alerts"));

        Assert.Equal(
            [("jorge-buyer", PerformanceAlert.SuccessAtRisk, PerformanceAlert.Warning),
             ("jorge-seller", PerformanceAlert.LatencyOverTarget, PerformanceAlert.Warning),
             ("jorge-seller", PerformanceAlert.SuccessBelowTarget, PerformanceAlert.Critical)],
            result.PerformanceAlerts.Select(a => (a.BotId, a.Kind, a.Severity)).Order());
        Assert.Contains("89.0%", result.PerformanceAlerts.Single(a => a.Kind == PerformanceAlert.SuccessBelowTarget).Message);
    }

    [Fact]
    public async Task Matrix_NoTraffic_StillOneRowPerBot()
    {
        var result = await ReadAsync("bots-empty", new BotFixture("bots-empty"));

        Assert.Equal(4, result.BotMetrics.Count);
        Assert.All(result.BotMetrics, b => Assert.Equal((0L, BotStatus.NoData, 0.0, 1.0), (b.Interactions, b.Status, b.SuccessCiLow, b.SuccessCiHigh)));
        Assert.Empty(result.PerformanceAlerts);
        Assert.Equal(4, result.SystemHealth.BotsNoData);
    }

    private async Task<BotPerformance> ReadAsync(string location, BotFixture fixture)
    {
        await new AppliedEventStore(db.DataSource).IngestAsync(fixture.Events);
        var locations = new LocationQueries(db.DataSource);
        var info = await locations.FindAsync(location) ?? new LocationInfo(location, location, "America/Los_Angeles", 0.06m, 0);
        var source = new BotPerformanceQueries(db.DataSource);
        return await new BotPerformanceService(source, locations, TimeProvider.System).ForPeriodAsync(info, TheDay);
    }
}
