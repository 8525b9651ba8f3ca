using JorgeBi.Core.Bots;
using JorgeBi.Web.Components.Pages.Bots;

namespace JorgeBi.Tests.Web.Bots;

public sealed class BotCellTonesTests
{
    [Theory]
    [InlineData(BotStatus.OnTarget, CellTone.Good)]
    [InlineData(BotStatus.AtRisk, CellTone.Warn)]
    [InlineData(BotStatus.BelowTarget, CellTone.Bad)]
    [InlineData(BotStatus.NoData, CellTone.None)]
    public void Success_FollowsCoreStatus(string status, CellTone expected) =>
        Assert.Equal(expected, BotCellTones.Success(status));

    [Theory]
    [InlineData(25.0, 25, CellTone.Good)]   // at the target is still on target
    [InlineData(25.5, 25, CellTone.Warn)]
    [InlineData(49.0, 25, CellTone.Warn)]
    [InlineData(50.0, 25, CellTone.Bad)]    // twice the target: where the alert turns critical
    [InlineData(null, 25, CellTone.None)]
    public void P95_IsJudgedAgainstTheBotsOwnTarget(double? p95, int target, CellTone expected) =>
        Assert.Equal(expected, BotCellTones.P95(p95, target));

    [Fact]
    public void P95_SameLatencyDifferentTargets_DifferentTones()
    {
        Assert.Equal(CellTone.Bad, BotCellTones.P95(60, 25));   // intent-decoder
        Assert.Equal(CellTone.Good, BotCellTones.P95(60, 75));  // jorge-buyer
    }

    [Theory]
    [InlineData(40.0, 50, CellTone.Good)]
    [InlineData(120.0, 50, CellTone.Warn)]
    [InlineData(null, 50, CellTone.None)]
    public void Average_OverTarget_IsOnlyAWarning(double? avg, int target, CellTone expected) =>
        Assert.Equal(expected, BotCellTones.Average(avg, target));

    [Fact]
    public void SuccessWithInterval_ShowsRateAndWilsonBounds()
    {
        var m = BotMatrixSamples.Bot("jorge-seller", BotStatus.OnTarget) with { SuccessRate = 0.9512, SuccessCiLow = 0.9381, SuccessCiHigh = 0.9624 };

        Assert.Equal("95.1 % (93.8–96.2)", BotCellTones.SuccessWithInterval(m));
    }

    [Fact]
    public void SuccessWithInterval_NoTraffic_ShowsDash() =>
        Assert.Equal("–", BotCellTones.SuccessWithInterval(BotMatrixSamples.Bot("lead-bot", BotStatus.NoData) with { SuccessRate = null }));
}
