using JorgeBi.Core.Revenue;
using JorgeBi.Data.Events;

namespace JorgeBi.Tests.Revenue;

/// <summary>
/// The pipeline-weighted forecast of hand-built open deals in Los Angeles, now = May 10 2026
/// noon local, so the 90-day horizon is [May 10, Aug 8). Rate: the default 6 %.
/// </summary>
public sealed class PipelineForecastTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    private static readonly DateTimeOffset Now = new(2026, 5, 10, 19, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task PipelineForecast_ExplicitAndDefaultProbabilities_WeightedByExpectedCloseMonth()
    {
        const string location = "rev-pipeline";
        var e = new RevenueEvents(location)
            // shown, default 0.25: 400,000 x 0.25 x 0.06 = 6,000
            .Stage("l1", "d1", "shown", 400_000m, At(4, 1), expectedClose: new(2026, 5, 20))
            // offer at an explicit 0.7: 600,000 x 0.7 x 0.06 = 25,200
            .Stage("l2", "d2", "offer", 600_000m, At(4, 2), probability: 0.7m, expectedClose: new(2026, 6, 15))
            // the latest change names no date: the earlier July date stands; 520,000 x 0.85 x 0.06 = 26,520
            .Stage("l3", "d3", "qualified", 500_000m, At(4, 3), expectedClose: new(2026, 7, 1))
            .Stage("l3", "d3", "under_contract", 520_000m, At(5, 1))
            // no date at all: 300,000 x 0.10 x 0.06 = 1,800
            .Stage("l4", "d4", "qualified", 300_000m, At(4, 4))
            // still open though its date has passed: 450,000 x 0.4 x 0.06 = 10,800
            .Stage("l5", "d5", "offer", 450_000m, At(4, 5), probability: 0.4m, expectedClose: new(2026, 4, 30))
            // expected after the horizon
            .Stage("l6", "d6", "shown", 1_000_000m, At(4, 6), expectedClose: new(2026, 9, 30))
            // closed and lost deals are no longer pipeline
            .Stage("l7", "d7", "offer", 700_000m, At(4, 7), expectedClose: new(2026, 5, 25)).Close("l7", "d7", 690_000m, At(5, 2))
            .Stage("l8", "d8", "offer", 800_000m, At(4, 8), expectedClose: new(2026, 5, 25)).Lose("l8", "d8", At(5, 3))
            // its first stage change is after now: not open yet
            .Stage("l9", "d9", "offer", 900_000m, Now.AddHours(1), expectedClose: new(2026, 5, 25));
        await new AppliedEventStore(db.DataSource).IngestAsync(e.Events);

        var forecast = (await RevenueHarness.Service(db.DataSource, Now).GetAsync(new RevenueRequest(location)))!.PipelineForecast;

        Assert.Equal(
            [
                new PipelineBucket("2026-05", 1, 400_000m, 6_000m),
                new PipelineBucket("2026-06", 1, 600_000m, 25_200m),
                new PipelineBucket("2026-07", 1, 520_000m, 26_520m),
                new PipelineBucket(PipelineForecast.Overdue, 1, 450_000m, 10_800m),
                new PipelineBucket(PipelineForecast.Unscheduled, 1, 300_000m, 1_800m),
            ],
            forecast.Buckets);
        Assert.Equal((90, 5L, 2_270_000m, 70_320m, 1L),
            (forecast.HorizonDays, forecast.Deals, forecast.PipelineValue, forecast.WeightedCommission, forecast.DealsBeyondHorizon));
    }

    [Fact]
    public async Task PipelineForecast_DealChangedAgainAfterNow_CountsTheStageItHoldsNow()
    {
        const string location = "rev-pipeline-later";
        var e = new RevenueEvents(location)
            // shown now, default 0.25: 200,000 x 0.25 x 0.06 = 3,000; the offer and its July date come an hour later
            .Stage("l1", "d1", "shown", 200_000m, At(4, 9), expectedClose: new(2026, 6, 1))
            .Stage("l1", "d1", "offer", 250_000m, Now.AddHours(1), probability: 0.9m, expectedClose: new(2026, 7, 1));
        await new AppliedEventStore(db.DataSource).IngestAsync(e.Events);

        var forecast = (await RevenueHarness.Service(db.DataSource, Now).GetAsync(new RevenueRequest(location)))!.PipelineForecast;

        Assert.Equal([new PipelineBucket("2026-06", 1, 200_000m, 3_000m)], forecast.Buckets);
    }

    [Fact]
    public async Task PipelineForecast_EarlierChangeArrivingLast_KeepsTheLatestStageAndItsDate()
    {
        const string location = "rev-pipeline-late";
        var store = new AppliedEventStore(db.DataSource);
        // The May change arrives first, the April one (naming the date) in a later batch.
        await store.IngestAsync(new RevenueEvents(location).Stage("l1", "d1", "under_contract", 520_000m, At(5, 1)).Events);
        await store.IngestAsync(new RevenueEvents(location).Stage("l1", "d1", "qualified", 500_000m, At(4, 3), expectedClose: new(2026, 7, 1)).Events);

        var forecast = (await RevenueHarness.Service(db.DataSource, Now).GetAsync(new RevenueRequest(location)))!.PipelineForecast;

        // under_contract, default 0.85: 520,000 x 0.85 x 0.06 = 26,520, in July.
        Assert.Equal([new PipelineBucket("2026-07", 1, 520_000m, 26_520m)], forecast.Buckets);
    }

    [Fact]
    public async Task PipelineForecast_LocationWithoutDeals_IsEmpty()
    {
        var e = new RevenueEvents("rev-no-deals").Lead("l1", "zillow", At(5, 1));
        await new AppliedEventStore(db.DataSource).IngestAsync(e.Events);

        var forecast = (await RevenueHarness.Service(db.DataSource, Now).GetAsync(new RevenueRequest("rev-no-deals")))!.PipelineForecast;

        Assert.Empty(forecast.Buckets);
        Assert.Equal((0L, 0m, 0m, 0L), (forecast.Deals, forecast.PipelineValue, forecast.WeightedCommission, forecast.DealsBeyondHorizon));
    }

    private static DateTimeOffset At(int month, int day) => new(2026, month, day, 10, 0, 0, TimeSpan.FromHours(-7));
}
