using JorgeBi.Core.Statistics;

namespace JorgeBi.Tests.Core.Statistics;

public class RobustBandTests
{
    [Fact]
    public void RobustBand_Window_IsMedianPlusMinusKTimesScaledMad()
    {
        // Median 5; absolute deviations 4,2,1,0,1,2,4 -> MAD 2 -> sigma 2.9652.
        var band = RobustBand.FromWindow([1, 3, 4, 5, 6, 7, 9], k: 3);

        Assert.Equal(5, band.Median);
        Assert.Equal(2 * 1.4826, band.Scale, 1e-12);
        Assert.Equal(5 - 3 * 2 * 1.4826, band.Lower, 1e-12);
        Assert.Equal(5 + 3 * 2 * 1.4826, band.Upper, 1e-12);
    }

    [Fact]
    public void RobustBand_OneWildPastValue_BarelyMovesTheBand()
    {
        var calm = RobustBand.FromWindow([10, 11, 9, 10, 12, 10, 9, 11], k: 3);
        var withOutlier = RobustBand.FromWindow([10, 11, 9, 10, 12, 10, 9, 500], k: 3);

        Assert.Equal(calm.Median, withOutlier.Median);
        Assert.Equal(calm.Scale, withOutlier.Scale);
    }

    [Fact]
    public void RobustBand_MostlyOnTheMedian_FallsBackToMeanAbsoluteDeviation()
    {
        // MAD is 0 (six of eight values are 10); mean absolute deviation is 2/8.
        var band = RobustBand.FromWindow([10, 10, 10, 10, 10, 10, 11, 9], k: 3);

        Assert.Equal(1.253314 * 0.25, band.Scale, 1e-12);
    }

    [Fact]
    public void RobustBand_FlatWindow_UsesFloorSoTheBandIsNotAPoint()
    {
        var band = RobustBand.FromWindow([40, 40, 40, 40], k: 3);

        Assert.Equal(0.4, band.Scale, 1e-12);
        Assert.False(band.IsOutside(40));
        Assert.True(band.IsOutside(42));
    }
}
