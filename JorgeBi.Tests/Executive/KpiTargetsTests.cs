using JorgeBi.Core.Kpis;

namespace JorgeBi.Tests.Executive;

/// <summary>Target verdicts at their boundaries: the target itself misses (targets are strict), the margin's edge is at risk.</summary>
public sealed class KpiTargetsTests
{
    [Theory]
    [InlineData(Kpi.ConversionRate, 0.0401, TargetStatus.OnTrack)]
    [InlineData(Kpi.ConversionRate, 0.04, TargetStatus.AtRisk)]
    [InlineData(Kpi.ConversionRate, 0.036, TargetStatus.AtRisk)]
    [InlineData(Kpi.ConversionRate, 0.0359, TargetStatus.OffTrack)]
    [InlineData(Kpi.BotSuccessRate, 0.9401, TargetStatus.OnTrack)]
    [InlineData(Kpi.BotSuccessRate, 0.94, TargetStatus.AtRisk)]
    [InlineData(Kpi.BotSuccessRate, 0.92, TargetStatus.AtRisk)]
    [InlineData(Kpi.BotSuccessRate, 0.9199, TargetStatus.OffTrack)]
    [InlineData(Kpi.MlResponseTimeMs, 24.9, TargetStatus.OnTrack)]
    [InlineData(Kpi.MlResponseTimeMs, 25, TargetStatus.AtRisk)]
    [InlineData(Kpi.MlResponseTimeMs, 27.5, TargetStatus.AtRisk)]
    [InlineData(Kpi.MlResponseTimeMs, 27.6, TargetStatus.OffTrack)]
    public void Evaluate_ValueAtBoundary_GivesStatus(string kpi, double value, string status)
    {
        var targets = KpiTargets.Evaluate(new Dictionary<string, double?> { [kpi] = value }, 0.5);

        Assert.Equal(status, targets[kpi].Status);
    }

    [Fact]
    public void Evaluate_NoValue_SaysNoData()
    {
        var targets = KpiTargets.Evaluate(new Dictionary<string, double?> { [Kpi.BotSuccessRate] = null }, 0.5);

        Assert.Equal(new KpiTarget(0.94, TargetStatus.NoData), targets[Kpi.BotSuccessRate]);
        Assert.Equal(new KpiTarget(0.5, TargetStatus.NoData), targets[Kpi.CommissionTargetProgress]);
    }

    [Theory]
    [InlineData(0.5, TargetStatus.OnTrack)]       // exactly on pace
    [InlineData(0.4999, TargetStatus.AtRisk)]
    [InlineData(0.45, TargetStatus.AtRisk)]       // 90 % of the pace
    [InlineData(0.4499, TargetStatus.OffTrack)]
    public void CommissionProgress_HalfTheMonthGone_JudgedAgainstHalfTheTarget(double progress, string status)
    {
        var targets = KpiTargets.Evaluate(new Dictionary<string, double?> { [Kpi.CommissionTargetProgress] = progress }, 0.5);

        Assert.Equal(new KpiTarget(0.5, status), targets[Kpi.CommissionTargetProgress]);
    }
}
