using JorgeBi.Core.Kpis;

namespace JorgeBi.Tests.Executive;

/// <summary>Target verdicts computed from stored events that sit exactly on the boundaries.</summary>
public sealed class ExecutiveTargetTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Targets_ValuesExactlyOnTarget_AreAtRisk_AndCommissionOnPace_IsOnTrack()
    {
        // Midnight starting June 16: exactly 15 of June's 30 days have passed.
        var clock = ManualClock.AtLosAngeles(new DateTime(2026, 6, 16));
        var f = new FixtureEvents("targets-edge");
        for (var i = 0; i < 25; i++) f.Lead(new(2026, 6, 10, 9, i, 0));
        f.Closed(new(2026, 6, 10, 12, 0, 0), 1_250_000m);         // 75,000 = half of 150,000
        f.Interactions(new(2026, 6, 11, 12, 0, 0), count: 50, successes: 47, bot: "intent-decoder", ms: 25.4);
        await f.IngestAsync(db.DataSource);

        var k = (await Services.Executive(db.DataSource, clock).GetAsync(f.Location, "7d"))!;

        Assert.Equal(0.04, k.Metrics[Kpi.ConversionRate]);          // 1 / 25
        Assert.Equal(TargetStatus.AtRisk, k.Targets[Kpi.ConversionRate].Status);
        Assert.Equal(0.94, k.Metrics[Kpi.BotSuccessRate]);          // 47 / 50
        Assert.Equal(TargetStatus.AtRisk, k.Targets[Kpi.BotSuccessRate].Status);
        Assert.Equal(25, k.Metrics[Kpi.MlResponseTimeMs]);
        Assert.Equal(TargetStatus.AtRisk, k.Targets[Kpi.MlResponseTimeMs].Status);
        Assert.Equal(new KpiTarget(0.5, TargetStatus.OnTrack), k.Targets[Kpi.CommissionTargetProgress]);
        Assert.Equal(50, k.JorgeCommission.ProgressPercentage);
    }

    [Fact]
    public async Task Targets_CommissionAtNinetyPercentOfPace_IsAtRisk()
    {
        var clock = ManualClock.AtLosAngeles(new DateTime(2026, 6, 16));
        var f = new FixtureEvents("targets-pace");
        f.Closed(new(2026, 6, 2, 12, 0, 0), 1_125_000m);          // 67,500 = 0.45 of the target
        await f.IngestAsync(db.DataSource);

        var k = (await Services.Executive(db.DataSource, clock).GetAsync(f.Location, "30d"))!;

        Assert.Equal(0.45, k.Metrics[Kpi.CommissionTargetProgress]);
        Assert.Equal(new KpiTarget(0.5, TargetStatus.AtRisk), k.Targets[Kpi.CommissionTargetProgress]);
    }
}
