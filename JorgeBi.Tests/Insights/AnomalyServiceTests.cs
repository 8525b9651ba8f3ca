using JorgeBi.Core.Insights;
using JorgeBi.Core.Kpis;
using JorgeBi.Data.Kpis;

namespace JorgeBi.Tests.Insights;

/// <summary>
/// A flat business (5 leads, 20 interactions of which 19 succeed at 10 ms, one 100,000 deal
/// every day from Apr 19) and the same business with one spike. "Now" is 2026-06-17 10:30
/// in Los Angeles: 7d judges Jun 11-17 against the 28 days before each.
/// </summary>
public sealed class AnomalyServiceTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    private static readonly ManualClock Clock = ManualClock.AtLosAngeles(new DateTime(2026, 6, 17, 10, 30, 0));

    [Fact]
    public async Task Detect_FlatSeries_FlagsNothing()
    {
        await SeedAsync("anomaly-flat", spikeLeads: 5);

        var report = (await Service().DetectAsync("anomaly-flat", "30d", sensitivity: 1.0))!;

        Assert.Empty(report.Anomalies);
        Assert.Equal(1.0, report.Sensitivity);
        Assert.Equal("30d", report.Timeframe);
    }

    [Fact]
    public async Task Detect_SpikeDay_FlaggedWithItsBand()
    {
        await SeedAsync("anomaly-spike", spikeLeads: 30);

        var report = (await Service().DetectAsync("anomaly-spike", "7d", sensitivity: 0.5))!;

        // The 28 days before Jun 14 are all 5: MAD 0 and mean deviation 0, so sigma is the
        // 1 % floor, 0.05, and k = 5 - 3 x 0.5 = 3.5 gives 5 +/- 0.175.
        var a = Assert.Single(report.Anomalies);
        Assert.Equal(new DateOnly(2026, 6, 14), a.Date);
        Assert.Equal(Kpi.TotalLeads, a.Metric);
        Assert.Equal((30.0, 5.0, "above", "high"), (a.Value, a.Expected, a.Direction, a.Severity));
        Assert.Equal(4.825, a.Lower, 9);
        Assert.Equal(5.175, a.Upper, 9);
        Assert.Equal("New leads on 2026-06-14 was 30, above the expected 5 (normal range 4.8 to 5.2).", a.Description);
    }

    [Fact]
    public async Task Detect_SpikeOutsideTheTimeframe_IsNotReported()
    {
        await SeedAsync("anomaly-old-spike", spikeLeads: 30);

        var report = (await Service().DetectAsync("anomaly-old-spike", "24h", sensitivity: 1.0))!;

        Assert.Empty(report.Anomalies);
    }

    [Theory]
    [InlineData("90d", 0.5)]
    [InlineData("7d", 0.05)]
    [InlineData("7d", 1.5)]
    public async Task Detect_InvalidRequest_Throws(string timeframe, double sensitivity) =>
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Service().DetectAsync("default", timeframe, sensitivity));

    private AnomalyService Service() => new(new TrendQueries(db.DataSource), new LocationQueries(db.DataSource), Clock);

    private async Task SeedAsync(string location, int spikeLeads)
    {
        var f = new FixtureEvents(location);
        for (var day = new DateTime(2026, 4, 19); day <= new DateTime(2026, 6, 17); day = day.AddDays(1))
        {
            var leads = day == new DateTime(2026, 6, 14) ? spikeLeads : 5;
            for (var i = 0; i < leads; i++) f.Lead(day.AddHours(1).AddMinutes(i));
            if (day.Day == 17 && day.Month == 6) continue;           // today: nothing yet at 10:30
            f.Interactions(day.AddHours(9), count: 20, successes: 19);
            f.Closed(day.AddHours(15), 100_000m);
        }
        await f.IngestAsync(db.DataSource);
    }
}
