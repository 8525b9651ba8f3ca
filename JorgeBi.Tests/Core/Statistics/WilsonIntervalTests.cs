using JorgeBi.Core.Statistics;

namespace JorgeBi.Tests.Core.Statistics;

public class WilsonIntervalTests
{
    private const double Z = 1.959963984540054;

    [Theory]
    [InlineData(94, 100, 0.8752318455, 0.9722138760)]
    [InlineData(10, 12, 0.5519691377, 0.9530348578)]
    public void Wilson_KnownProportions_MatchPrecomputedBounds(long successes, long trials, double low, double high)
    {
        var interval = WilsonInterval.Compute(successes, trials);

        Assert.Equal(low, interval.Low, 1e-6);
        Assert.Equal(high, interval.High, 1e-6);
    }

    [Fact]
    public void Wilson_TenOfTwelve_MatchesHandComputedBounds()
    {
        // The closed form written out: (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n).
        double n = 12, p = 10 / 12.0, z2 = Z * Z;
        var centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        var half = Z * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);

        var interval = WilsonInterval.Compute(10, 12);

        Assert.Equal(centre - half, interval.Low, 1e-9);
        Assert.Equal(centre + half, interval.High, 1e-9);
    }

    [Fact]
    public void Wilson_ZeroOfTen_StartsAtZeroAndEndsAtZSquaredOverNPlusZSquared()
    {
        var interval = WilsonInterval.Compute(0, 10);

        Assert.Equal(0, interval.Low);
        Assert.Equal(Z * Z / (10 + Z * Z), interval.High, 1e-9);
        Assert.Equal(0.2775327999, interval.High, 1e-6);
    }

    [Fact]
    public void Wilson_TenOfTen_EndsAtOneAndStartsAtNOverNPlusZSquared()
    {
        var interval = WilsonInterval.Compute(10, 10);

        Assert.Equal(10 / (10 + Z * Z), interval.Low, 1e-9);
        Assert.Equal(1, interval.High);
    }

    [Fact]
    public void Wilson_NoTrials_ReturnsWholeRange()
    {
        Assert.Equal(new Interval(0, 1), WilsonInterval.Compute(0, 0));
    }

    [Fact]
    public void Wilson_LargerZ_GivesWiderInterval()
    {
        var narrow = WilsonInterval.Compute(47, 50, z: 1.2816);
        var wide = WilsonInterval.Compute(47, 50);

        Assert.True(wide.Low < narrow.Low);
        Assert.True(wide.High > narrow.High);
    }

    [Theory]
    [InlineData(5, 4)]
    [InlineData(-1, 4)]
    [InlineData(0, -1)]
    public void Wilson_ImpossibleCounts_Throw(long successes, long trials)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.Compute(successes, trials));
    }
}
