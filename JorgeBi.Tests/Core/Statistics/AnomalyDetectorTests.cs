using JorgeBi.Core.Statistics;

namespace JorgeBi.Tests.Core.Statistics;

public class AnomalyDetectorTests
{
    private static readonly DateOnly Start = new(2025, 1, 1);

    private static (DateOnly Date, double Value)[] Series(IEnumerable<double> values) =>
        values.Select((v, i) => (Start.AddDays(i), v)).ToArray();

    private static double[] Noisy(int days, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, days).Select(_ => 50 + random.NextDouble() * 6 - 3).ToArray();
    }

    [Fact]
    public void Detect_FlatishSeriesWithOneSpike_FlagsExactlyThatDay()
    {
        var values = Noisy(60, seed: 7);
        values[45] = 120;

        var anomalies = AnomalyDetector.Detect(Series(values), AnomalyDetector.SensitivityToK(0.5));

        var anomaly = Assert.Single(anomalies);
        Assert.Equal(Start.AddDays(45), anomaly.Date);
        Assert.Equal("above", anomaly.Direction);
        Assert.Equal("high", anomaly.Severity);
        Assert.InRange(anomaly.Expected, 47, 53);
        Assert.True(anomaly.Lower < anomaly.Expected && anomaly.Expected < anomaly.Upper);
    }

    [Fact]
    public void Detect_PerfectlyFlatSeries_FlagsNothing()
    {
        var anomalies = AnomalyDetector.Detect(Series(Enumerable.Repeat(0.95, 40)), k: 2);

        Assert.Empty(anomalies);
    }

    [Fact]
    public void Detect_PerfectlyFlatSeriesWithOneSpike_FlagsTheSpike()
    {
        var values = Enumerable.Repeat(12.0, 40).ToArray();
        values[30] = 15;

        var anomaly = Assert.Single(AnomalyDetector.Detect(Series(values), k: 4.7));

        Assert.Equal(Start.AddDays(30), anomaly.Date);
    }

    [Fact]
    public void Detect_FlatZeroSeriesWithOneDrop_FlagsItBelow()
    {
        var values = Enumerable.Repeat(0.0, 20).ToArray();
        values[15] = -3;

        var anomaly = Assert.Single(AnomalyDetector.Detect(Series(values), k: 3));

        Assert.Equal("below", anomaly.Direction);
    }

    [Fact]
    public void Detect_SpikeBeforeSevenDaysOfHistory_IsNotJudged()
    {
        var values = Enumerable.Repeat(10.0, 20).ToArray();
        values[6] = 1000;

        Assert.Empty(AnomalyDetector.Detect(Series(values), k: 3));
        Assert.Single(AnomalyDetector.Detect(Series(values), k: 3, minHistoryDays: 6));
    }

    [Fact]
    public void Detect_OnlyTheTrailingTwentyEightDaysCount()
    {
        // A level shift: after 28 days at the new level, the old level no longer defines "normal".
        var values = Enumerable.Repeat(10.0, 30).Concat(Enumerable.Repeat(30.0, 40)).ToArray();

        var anomalies = AnomalyDetector.Detect(Series(values), k: 3);

        Assert.Contains(anomalies, a => a.Date == Start.AddDays(30));
        Assert.DoesNotContain(anomalies, a => a.Date >= Start.AddDays(30 + 28));
    }

    [Fact]
    public void Detect_HigherSensitivity_FlagsAtLeastAsManyDays()
    {
        var random = new Random(11);
        var values = Enumerable.Range(0, 120)
            .Select(_ => 100 + (random.NextDouble() - 0.5) * 20 + (random.NextDouble() < 0.1 ? 40 : 0))
            .ToArray();
        var series = Series(values);

        var previous = -1;
        HashSet<DateOnly> previousDates = [];
        for (var sensitivity = 0.1; sensitivity <= 1.0 + 1e-9; sensitivity += 0.1)
        {
            var dates = AnomalyDetector.Detect(series, AnomalyDetector.SensitivityToK(Math.Min(sensitivity, 1.0)))
                .Select(a => a.Date).ToHashSet();

            Assert.True(dates.Count >= previous);
            Assert.Subset(dates, previousDates);
            previous = dates.Count;
            previousDates = dates;
        }

        Assert.True(previous > 0);
    }

    [Theory]
    [InlineData(0.1, 4.7)]
    [InlineData(0.5, 3.5)]
    [InlineData(1.0, 2.0)]
    public void SensitivityToK_IsFiveMinusThreeTimesSensitivity(double sensitivity, double k)
    {
        Assert.Equal(k, AnomalyDetector.SensitivityToK(sensitivity), 1e-12);
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(1.5)]
    public void SensitivityToK_OutsideRange_Throws(double sensitivity)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AnomalyDetector.SensitivityToK(sensitivity));
    }

    [Fact]
    public void Detect_DuplicateDate_Throws()
    {
        var series = new[] { (Start, 1.0), (Start, 2.0) };

        Assert.Throws<ArgumentException>(() => AnomalyDetector.Detect(series, k: 3));
    }

    [Fact]
    public void Detect_SeverityGrowsWithDistance()
    {
        var values = Enumerable.Repeat(100.0, 30).ToArray();
        var anomalies = new[] { 105.0, 107.0, 115.0 }
            .Select(spike =>
            {
                var copy = (double[])values.Clone();
                copy[29] = spike;
                // Flat at 100: scale is the 1 % floor (1.0), k = 4 -> half band 4.
                return Assert.Single(AnomalyDetector.Detect(Series(copy), k: 4)).Severity;
            })
            .ToArray();

        Assert.Equal(["low", "medium", "high"], anomalies);
    }
}
