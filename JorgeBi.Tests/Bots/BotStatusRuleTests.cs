using JorgeBi.Core.Bots;

namespace JorgeBi.Tests.Bots;

public sealed class BotStatusRuleTests
{
    [Fact]
    public void Success_89Of100_WholeIntervalBelow94_IsBelowTarget()
    {
        // By hand: p = 0.89, upper Wilson bound ~ 0.9375 < 0.94.
        Assert.True(WilsonByHand.Interval(89, 100).High < 0.94);
        Assert.Equal(BotStatus.BelowTarget, BotStatusRule.Success(89, 100, 0.94m));
    }

    [Fact]
    public void Success_90Of100_IntervalReaches94_IsAtRiskNotBelow()
    {
        // By hand: upper bound ~ 0.9448 >= 0.94: a 90 % day on 100 interactions is not proof of a drop.
        Assert.True(WilsonByHand.Interval(90, 100).High >= 0.94);
        Assert.Equal(BotStatus.AtRisk, BotStatusRule.Success(90, 100, 0.94m));
    }

    [Fact]
    public void Success_900Of1000_SameRateMoreEvidence_IsBelowTarget()
    {
        Assert.True(WilsonByHand.Interval(900, 1000).High < 0.94);
        Assert.Equal(BotStatus.BelowTarget, BotStatusRule.Success(900, 1000, 0.94m));
    }

    [Theory]
    [InlineData(93, 100, BotStatus.AtRisk)]
    [InlineData(94, 100, BotStatus.OnTarget)]
    [InlineData(47, 50, BotStatus.OnTarget)]
    [InlineData(100, 100, BotStatus.OnTarget)]
    [InlineData(0, 1, BotStatus.BelowTarget)]
    [InlineData(0, 0, BotStatus.NoData)]
    public void Success_AtTheTargetBoundary_FollowsThePointEstimate(long successes, long n, string expected) =>
        Assert.Equal(expected, BotStatusRule.Success(successes, n, 0.94m));

    [Theory]
    [InlineData(null, BotStatus.NoData)]
    [InlineData(49.0, BotStatus.OnTarget)]
    [InlineData(50.0, BotStatus.OnTarget)]
    [InlineData(51.0, BotStatus.OverTarget)]
    public void Latency_AgainstA50MsTarget(double? p95, string expected) =>
        Assert.Equal(expected, BotStatusRule.Latency(p95, 50));

    [Theory]
    [InlineData(BotStatus.OnTarget, BotStatus.OnTarget, BotStatus.OnTarget)]
    [InlineData(BotStatus.OnTarget, BotStatus.OverTarget, BotStatus.BelowTarget)]
    [InlineData(BotStatus.AtRisk, BotStatus.OnTarget, BotStatus.AtRisk)]
    [InlineData(BotStatus.AtRisk, BotStatus.OverTarget, BotStatus.BelowTarget)]
    [InlineData(BotStatus.BelowTarget, BotStatus.OnTarget, BotStatus.BelowTarget)]
    [InlineData(BotStatus.NoData, BotStatus.NoData, BotStatus.NoData)]
    public void Overall_WeighsSuccessAndP95(string success, string latency, string expected) =>
        Assert.Equal(expected, BotStatusRule.Overall(success, latency));

    [Fact]
    public void MissedTargets_SuccessProvenBelowAndP95Over_NamesBoth()
    {
        Assert.Equal([BotStatusRule.SuccessTarget, BotStatusRule.ResponseTarget],
            BotStatusRule.MissedTargets(BotStatusRule.Success(89, 100, 0.94m), BotStatusRule.Latency(120, 100)));
    }

    [Fact]
    public void MissedTargets_SuccessOnlyAtRisk_NamesNone()
    {
        // "At risk" is not yet a miss: the interval still reaches the target.
        Assert.Empty(BotStatusRule.MissedTargets(BotStatusRule.Success(90, 100, 0.94m), BotStatusRule.Latency(80, 100)));
    }
}
