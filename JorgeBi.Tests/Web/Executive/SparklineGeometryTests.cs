using JorgeBi.Web.Components.Kpis;

namespace JorgeBi.Tests.Web.Executive;

/// <summary>
/// Sparkline paths in the 100 x 36 box: x spreads the points over 0..100, y maps the highest
/// value to 2 and the lowest to 34 (an inset of 2 keeps the stroke inside).
/// </summary>
public sealed class SparklineGeometryTests
{
    [Fact]
    public void Series_LowestAtTheBottom_HighestAtTheTop_EvenlySpaced()
    {
        Assert.Equal("M0,34L50,2L100,18", SparklineGeometry.Path([0, 4, 2]));
    }

    [Fact]
    public void RisingSeries_ClimbsInEqualSteps()
    {
        Assert.Equal("M0,34L25,26L50,18L75,10L100,2", SparklineGeometry.Path([1, 2, 3, 4, 5]));
    }

    [Fact]
    public void NegativeValues_SpanTheSameBox()
    {
        Assert.Equal("M0,34L100,2", SparklineGeometry.Path([-10, 10]));
    }

    [Fact]
    public void Coordinates_AreRoundedToTwoDecimals()
    {
        // 1 of 0..3 lies 2/3 down the 32 units of drawing height: 2 + 21.333.
        Assert.Equal("M0,34L50,2L100,23.33", SparklineGeometry.Path([0, 3, 1]));
    }

    [Fact]
    public void MissingValue_BreaksTheLineIntoTwoSegments()
    {
        Assert.Equal("M0,18L25,2M75,34L100,18", SparklineGeometry.Path([2, 4, null, 0, 2]));
    }

    [Fact]
    public void ValueBetweenGaps_IsAZeroLengthSegment_SoTheRoundCapDrawsADot()
    {
        // Four points: x steps of 33.33; 1 is the lowest (34), 5 the highest (2), 3 in between (18).
        Assert.Equal("M0,34h0M66.67,18L100,2", SparklineGeometry.Path([1, null, 3, 5]));
    }

    [Fact]
    public void LeadingAndTrailingGaps_KeepTheOtherPointsAtTheirPlaceInTime()
    {
        Assert.Equal("M33.33,34L66.67,2", SparklineGeometry.Path([null, 3, 6, null]));
    }

    [Fact]
    public void NotANumberOrInfinity_IsAGap()
    {
        Assert.Equal("M0,34h0M100,2h0", SparklineGeometry.Path([1, double.NaN, 3]));
        Assert.Equal("M0,34L50,2", SparklineGeometry.Path([1, 3, double.PositiveInfinity]));
    }

    [Fact]
    public void FlatSeries_IsAFlatLineInTheMiddle()
    {
        Assert.Equal("M0,18L50,18L100,18", SparklineGeometry.Path([5, 5, 5]));
    }

    [Fact]
    public void SinglePoint_IsADotInTheMiddle()
    {
        Assert.Equal("M50,18h0", SparklineGeometry.Path([7]));
        Assert.Equal("M50,18h0", SparklineGeometry.Path([null, 7, null]));
    }

    [Fact]
    public void NoValues_GiveNoPath()
    {
        Assert.Equal("", SparklineGeometry.Path([]));
        Assert.Equal("", SparklineGeometry.Path([null, null]));
    }
}
