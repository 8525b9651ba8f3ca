using JorgeBi.Core.Insights;

namespace JorgeBi.Tests.Insights;

/// <summary>
/// insight_types, confidence_threshold and limit over one location with three findings,
/// at 2026-06-17 10:30 in Los Angeles (394.5 of June's 720 hours gone, nothing earned yet).
/// </summary>
public sealed class InsightFilterTests(TestDatabase db) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    // IAsyncLifetime runs per test: each test seeds its own location.
    private readonly string _location = "ins-filters-" + Guid.NewGuid().ToString("N")[..8];
    private static readonly ManualClock Clock = ManualClock.AtLosAngeles(new DateTime(2026, 6, 17, 10, 30, 0));

    public async Task InitializeAsync()
    {
        var f = new FixtureEvents(_location);
        f.Interactions(new(2026, 6, 1, 12, 0, 0), count: 100, successes: 80, bot: "jorge-buyer");
        f.Interactions(new(2026, 6, 2, 12, 0, 0), count: 90, successes: 90, ms: 20);
        f.Interactions(new(2026, 6, 2, 13, 0, 0), count: 10, successes: 10, ms: 80);
        await f.IngestAsync(db.DataSource);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task List_NoFilter_AllFindingsMostRelevantFirst()
    {
        var all = await ListAsync();

        // Relevance: ~1.0 (buyer 14 points short), 0.593 (p95 80 vs 50 ms), 0.548 (pace: all of the target short).
        Assert.Equal([InsightTypes.BotBelowTarget, InsightTypes.LatencyOverTarget, InsightTypes.CommissionForecastShortfall],
            all.Select(i => i.InsightType));
        Assert.Equal(394.5 / 720, all[2].Confidence, 12);
    }

    [Fact]
    public async Task List_ConfidenceThreshold_DropsLessCertainFindings() =>
        Assert.Equal([InsightTypes.BotBelowTarget], (await ListAsync(threshold: 0.99)).Select(i => i.InsightType));

    [Fact]
    public async Task List_Limit_KeepsTheMostRelevant() =>
        Assert.Equal([InsightTypes.BotBelowTarget, InsightTypes.LatencyOverTarget], (await ListAsync(limit: 2)).Select(i => i.InsightType));

    [Fact]
    public async Task List_Types_KeepsOnlyThoseTypes() =>
        Assert.Equal([InsightTypes.CommissionForecastShortfall],
            (await ListAsync(types: [InsightTypes.CommissionForecastShortfall])).Select(i => i.InsightType));

    [Fact]
    public async Task List_CommissionOnPace_NoForecastInsight()
    {
        var f = new FixtureEvents("ins-on-pace");
        f.Closed(new(2026, 6, 2, 12, 0, 0), 1_250_000m);   // 75,000 by mid-June
        await f.IngestAsync(db.DataSource);
        var clock = ManualClock.AtLosAngeles(new DateTime(2026, 6, 16));

        Assert.Empty((await Services.Insights(db.DataSource, clock).ListAsync(f.Location))!);
    }

    private async Task<IReadOnlyList<Insight>> ListAsync(string[]? types = null, double threshold = 0, int limit = 10) =>
        (await Services.Insights(db.DataSource, Clock).ListAsync(_location, types, threshold, limit))!;
}
