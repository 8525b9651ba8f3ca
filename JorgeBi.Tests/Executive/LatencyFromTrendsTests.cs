using JorgeBi.Core.Kpis;
using JorgeBi.Tests.Support;

namespace JorgeBi.Tests.Executive;

/// <summary>
/// With trends, the period's p95s come from the trend points' histograms added up rather than
/// from a read of their own: the same numbers, hand-computed, at every grain. "Now" is
/// Wednesday 2026-06-17 10:30 in Los Angeles.
/// </summary>
public sealed class LatencyFromTrendsTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    private static readonly DateTime Now = TrendAssertions.Now;

    // Each timeframe with its first instant: hours; days; weeks and months, with a part week or
    // month at either end and whole ones between.
    public static TheoryData<string, DateTime> Periods => new()
    {
        { "24h", new(2026, 6, 16, 11, 0, 0) },
        { "30d", new(2026, 5, 19) },
        { "90d", new(2026, 3, 20) },
        { "1y", new(2025, 6, 18) },
    };

    [Theory]
    [MemberData(nameof(Periods))]
    public async Task P95s_WithTrends_AreTheMergedPointsHandComputed(string timeframe, DateTime start)
    {
        var f = new FixtureEvents($"latency-trends-{timeframe}");
        // In the first, a middle and the last point: seller 19 x 10 ms and 1 x 500 ms, decoder
        // 10 x 20 ms and 10 x 30 ms. All bots, 40 values: rank 38 is 30 ms. Decoder, 20
        // values: rank 19 is 30 ms.
        f.Interactions(start.AddHours(1), 19, 19, "jorge-seller", 10);
        f.Interactions(start + (Now - start) / 2, 10, 10, "intent-decoder", 20);
        f.Interactions(Now.AddHours(-1), 1, 1, "jorge-seller", 500);
        f.Interactions(Now.AddMinutes(-20), 10, 10, "intent-decoder", 30);
        // An hour before the period: counted, they would move both ranks to 900 ms.
        f.Interactions(start.AddHours(-1), 3, 3, "jorge-seller", 900);
        f.Interactions(start.AddHours(-1), 6, 6, "intent-decoder", 900);
        await f.IngestAsync(db.DataSource);
        var executive = Services.Executive(db.DataSource, ManualClock.AtLosAngeles(Now));

        var withTrends = (await executive.GetAsync(f.Location, timeframe))!;
        var withoutTrends = (await executive.GetAsync(f.Location, timeframe, includeTrends: false))!;

        Assert.True(withTrends.Trends[Kpi.P95ResponseTimeMs].Count(p => p.Value is not null) >= 2);
        Assert.Equal(30, withTrends.Metrics[Kpi.P95ResponseTimeMs]);
        Assert.Equal(30, withTrends.Metrics[Kpi.MlResponseTimeMs]);
        Assert.Equal(withoutTrends.Metrics[Kpi.P95ResponseTimeMs], withTrends.Metrics[Kpi.P95ResponseTimeMs]);
        Assert.Equal(withoutTrends.Metrics[Kpi.MlResponseTimeMs], withTrends.Metrics[Kpi.MlResponseTimeMs]);
    }

    [Fact]
    public void Merge_AddsTheCellsOfOneBotAndMillisecond()
    {
        var merged = LatencyCell.Merge([new("a", 10, 2), new("b", 10, 1), new("a", 10, 3), new("a", 11, 1)]);

        Assert.Equal(
            [new LatencyCell("a", 10, 5), new LatencyCell("a", 11, 1), new LatencyCell("b", 10, 1)],
            merged.OrderBy(c => c.BotId).ThenBy(c => c.Ms));
    }
}
