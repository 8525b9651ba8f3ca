using JorgeBi.Core.Insights;

namespace JorgeBi.Tests.Insights;

/// <summary>
/// Each insight triggered by a fixture built for it, its evidence checked against numbers
/// computed by hand. "Now" is 2026-06-17 10:30 in Los Angeles unless a test says otherwise.
/// </summary>
public sealed class InsightServiceTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    private static readonly ManualClock Clock = ManualClock.AtLosAngeles(new DateTime(2026, 6, 17, 10, 30, 0));

    [Fact]
    public async Task BotBelowTarget_IntervalWhollyBelow_IsReportedWithItsInterval()
    {
        var f = new FixtureEvents("ins-bot");
        f.Interactions(new(2026, 6, 1, 12, 0, 0), count: 100, successes: 80, bot: "jorge-buyer");
        f.Interactions(new(2026, 6, 1, 12, 0, 0), count: 100, successes: 93, bot: "jorge-seller");   // below, but within noise
        f.Interactions(new(2026, 5, 10, 12, 0, 0), count: 100, successes: 10, bot: "lead-bot");      // before the 30 days
        await f.IngestAsync(db.DataSource);

        var all = await ListAsync(f.Location, InsightTypes.BotBelowTarget);

        var i = Assert.Single(all);
        Assert.Equal("jorge-buyer", i.Subject);
        Assert.Equal(100, i.Evidence["interactions"]);
        Assert.Equal(80, i.Evidence["successes"]);
        Assert.Equal(0.8, i.Evidence["success_rate"]);
        Assert.Equal(0.71117, i.Evidence["ci_low"], 5);
        Assert.Equal(0.86663, i.Evidence["ci_high"], 5);
        Assert.Equal(0.94, i.Evidence["target"]);
        Assert.Equal(1.0, i.Confidence, 8);        // z = 0.14 / sqrt(0.94 x 0.06 / 100) = 5.9
        Assert.Contains("80 of 100", i.Description);
    }

    [Fact]
    public async Task SourceOutperforming_SignificantlyBetterSource_IsReportedWithItsTest()
    {
        var f = new FixtureEvents("ins-source");
        for (var n = 0; n < 40; n++) AddLead(f, "referral", n, converted: n < 10);
        for (var n = 0; n < 100; n++) AddLead(f, "zillow", n, converted: n < 5);
        await f.IngestAsync(db.DataSource);

        var i = Assert.Single(await ListAsync(f.Location, InsightTypes.SourceOutperforming));

        // 10/40 = 25 % against 5/100 = 5 %; pooled 15/140: z = 0.20 / 0.05786 = 3.456, p = 0.00055.
        Assert.Equal("referral", i.Subject);
        Assert.Equal([40, 10, 0.25, 100, 5, 0.05],
            new[] { "source_leads", "source_converted", "source_rate", "rest_leads", "rest_converted", "rest_rate" }.Select(k => i.Evidence[k]));
        Assert.Equal(3.4564, i.Evidence["z"], 4);
        Assert.Equal(0.000547, i.Evidence["p_value"], 6);
        Assert.Equal(1 - i.Evidence["p_value"], i.Confidence);
    }

    [Fact]
    public async Task CommissionForecast_PaceBelowTarget_ProjectsTheShortfall()
    {
        var clock = ManualClock.AtLosAngeles(new DateTime(2026, 6, 16));    // 15 of 30 days gone
        var f = new FixtureEvents("ins-forecast");
        f.Closed(new(2026, 6, 3, 12, 0, 0), 500_000m);                       // 30,000
        f.StageChanged(new(2026, 6, 10, 12, 0, 0), "deal-open", "offer", 1_000_000m);
        await f.IngestAsync(db.DataSource);

        var i = Assert.Single((await Services.Insights(db.DataSource, clock).ListAsync(f.Location, [InsightTypes.CommissionForecastShortfall]))!);

        Assert.Equal(30_000, i.Evidence["month_to_date_commission"]);
        Assert.Equal(0.5, i.Evidence["elapsed_fraction"]);
        Assert.Equal(60_000, i.Evidence["projected_commission"]);
        Assert.Equal(150_000, i.Evidence["monthly_target"]);
        Assert.Equal(90_000, i.Evidence["shortfall"]);
        Assert.Equal(30_000, i.Evidence["weighted_pipeline_commission"]);   // 1,000,000 x 0.50 (offer) x 6 %
        Assert.Equal(0.5, i.Confidence);
        Assert.Equal(0.3, i.RelevanceScore, 12);                              // 0.5 x 90,000 / 150,000
    }

    [Fact]
    public async Task LatencyOverTarget_SlowTail_IsReportedWithItsShare()
    {
        var f = new FixtureEvents("ins-latency");
        f.Interactions(new(2026, 6, 2, 12, 0, 0), count: 90, successes: 90, ms: 20);
        f.Interactions(new(2026, 6, 2, 13, 0, 0), count: 10, successes: 10, ms: 80.4);
        await f.IngestAsync(db.DataSource);

        var i = Assert.Single(await ListAsync(f.Location, InsightTypes.LatencyOverTarget));

        Assert.Equal("jorge-seller", i.Subject);
        Assert.Equal(80, i.Evidence["p95_ms"]);
        Assert.Equal(50, i.Evidence["target_ms"]);
        Assert.Equal(10, i.Evidence["over_target"]);
        Assert.Equal(0.1, i.Evidence["over_target_share"]);
        Assert.Equal(0.98911, i.Confidence, 5);       // z = 0.05 / sqrt(0.05 x 0.95 / 100) = 2.294
        Assert.Equal(0.59347, i.RelevanceScore, 5);   // x (80 - 50) / 50
    }

    private async Task<IReadOnlyList<Insight>> ListAsync(string location, string type) =>
        (await Services.Insights(db.DataSource, Clock).ListAsync(location, [type]))!;

    private static void AddLead(FixtureEvents f, string source, int n, bool converted)
    {
        var lead = f.Lead(new DateTime(2026, 5, 1, 9, 0, 0).AddHours(n), source, $"{source}-{n}");
        if (converted) f.Closed(new DateTime(2026, 6, 1, 9, 0, 0).AddHours(n), 300_000m, lead);
    }
}
