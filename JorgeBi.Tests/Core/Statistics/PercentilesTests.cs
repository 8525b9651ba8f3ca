using JorgeBi.Core.Statistics;

namespace JorgeBi.Tests.Core.Statistics;

public class PercentilesTests
{
    [Fact]
    public void NearestRank_P95OfOneToTwenty_IsNineteen()
    {
        var values = Enumerable.Range(1, 20).Select(i => (double)i).Reverse().ToArray();

        Assert.Equal(19, Percentiles.NearestRank(values, 0.95));
    }

    [Theory]
    [InlineData(0.0, 1)]
    [InlineData(0.5, 10)]
    [InlineData(0.07, 2)]
    [InlineData(1.0, 20)]
    public void NearestRank_OneToTwenty_UsesRankCeilingOfPTimesN(double p, double expected)
    {
        var values = Enumerable.Range(1, 20).Select(i => (double)i).ToArray();

        Assert.Equal(expected, Percentiles.NearestRank(values, p));
    }

    [Fact]
    public void NearestRank_ProductJustAboveAnInteger_IsNotPushedToTheNextRank()
    {
        // 0.07 * 100 evaluates to 7.000000000000001 in floating point; the rank must still be 7.
        var values = Enumerable.Range(1, 100).Select(i => (double)i).ToArray();

        Assert.Equal(7, Percentiles.NearestRank(values, 0.07));
    }

    [Fact]
    public void NearestRank_Empty_IsNull()
    {
        Assert.Null(Percentiles.NearestRank(Array.Empty<double>(), 0.95));
        Assert.Null(Percentiles.NearestRank(Array.Empty<(int, long)>(), 0.95));
        Assert.Null(Percentiles.NearestRank([(12, 0L)], 0.95));
    }

    [Fact]
    public void NearestRank_DoesNotReorderTheCallersList()
    {
        var values = new double[] { 3, 1, 2 };

        _ = Percentiles.NearestRank(values, 0.5);

        Assert.Equal([3, 1, 2], values);
    }

    [Fact]
    public void NearestRankHistogram_RandomLatencies_EqualsExactWithinOneMillisecond()
    {
        var random = new Random(20240601);
        var exact = Enumerable.Range(0, 5000)
            .Select(_ => Math.Exp(3 + random.NextDouble() * 2.5) * (random.NextDouble() < 0.05 ? 4 : 1))
            .ToArray();
        var histogram = exact
            .GroupBy(ms => (int)Math.Floor(ms))
            .Select(g => (BucketMs: g.Key, Count: (long)g.Count()))
            .ToArray();

        foreach (var p in new[] { 0.5, 0.9, 0.95, 0.99 })
        {
            var fromValues = Percentiles.NearestRank(exact, p)!.Value;
            var fromBuckets = Percentiles.NearestRank(histogram, p)!.Value;

            Assert.InRange(fromValues - fromBuckets, 0, 1);
        }
    }

    [Fact]
    public void NearestRankHistogram_UnorderedAndRepeatedBuckets_AddUp()
    {
        // 10 ms x 5 and 30 ms x 5: p50 is rank 5 (10 ms), p60 rank 6 (30 ms).
        (int, long)[] histogram = [(30, 2), (10, 5), (30, 3), (20, 0)];

        Assert.Equal(10, Percentiles.NearestRank(histogram, 0.5));
        Assert.Equal(30, Percentiles.NearestRank(histogram, 0.6));
    }

    [Fact]
    public void Median_OddCount_IsMiddleValue()
    {
        Assert.Equal(7, Percentiles.Median([9, 1, 7, 30, 2]));
    }

    [Fact]
    public void Median_EvenCount_IsMeanOfTwoMiddleValues()
    {
        Assert.Equal(4.5, Percentiles.Median([10, 1, 4, 5]));
    }

    [Fact]
    public void Median_Empty_IsNull()
    {
        Assert.Null(Percentiles.Median([]));
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void NearestRank_POutsideZeroToOne_Throws(double p)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentiles.NearestRank([1.0], p));
    }
}
