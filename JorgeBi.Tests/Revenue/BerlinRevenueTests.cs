using Dapper;
using JorgeBi.Core.Forecasting;
using JorgeBi.Core.Kpis;
using JorgeBi.Core.Revenue;
using JorgeBi.Data.Events;

namespace JorgeBi.Tests.Revenue;

/// <summary>
/// A Berlin office at a 5 % rate, where local days and months differ from UTC's: deals
/// minutes either side of midnight on March 31 / April 1 (CEST, UTC+2) fall in different
/// local months, and now (April 30 22:30 UTC) is already May 1 in Berlin.
/// </summary>
public sealed class BerlinRevenueTests(TestDatabase db) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const string Location = "rev-berlin";
    private static readonly DateTimeOffset Now = new(2026, 4, 30, 22, 30, 0, TimeSpan.Zero);

    public async Task InitializeAsync()
    {
        await using var conn = await db.DataSource.OpenConnectionAsync();
        var created = await conn.ExecuteAsync(
            "insert into location (location_id, name, time_zone, commission_rate) values (@Location, 'Berlin', 'Europe/Berlin', 0.05) on conflict do nothing",
            new { Location });
        if (created == 0) return;
        var e = new RevenueEvents(Location)
            .Lead("lb1", "zillow", At(4, 1, 0, 10)).Lead("lb2", "referral", At(3, 31, 23, 0))
            .Close("lb1", "deal-b1", 400_000m, At(4, 1, 0, 30))                  // April: 20,000
            .Close("lb2", "deal-b2", 600_000m, At(3, 31, 23, 30))                // March: 30,000
            .Close("lb1", "deal-b3", 250_000m, At(4, 30, 23, 59), rate: 0.06m)  // April: 15,000
            .Spend("zillow", 900m, "2026-04", At(4, 2, 9, 0)).Spend("zillow", 300m, "2026-03", At(3, 2, 9, 0))
            .Stage("lb1", "deal-b4", "offer", 800_000m, At(4, 20, 9, 0), expectedClose: new(2026, 5, 15))
            .Stage("lb2", "deal-b5", "under_contract", 300_000m, At(4, 21, 9, 0), expectedClose: new(2026, 4, 30));
        await new AppliedEventStore(db.DataSource).IngestAsync(e.Events);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Berlin_April_CountsDealsByLocalDayAndMonth()
    {
        var result = await GetAsync(new RevenueRequest(Location) { From = new(2026, 4, 1), To = new(2026, 4, 30), ForecastDays = 30 });

        Assert.Equal(new SalesSummary(650_000m, 35_000m, 2, 325_000m), result.SummaryMetrics.Current);
        Assert.Equal(new SalesSummary(600_000m, 30_000m, 1, 600_000m), result.SummaryMetrics.Previous);
        Assert.Equal(30, result.RevenueTimeseries.Count);
        Assert.Equal(new RevenuePoint(new DateTime(2026, 4, 1), 400_000m, 20_000m, 1), result.RevenueTimeseries[0]);
        Assert.Equal(new RevenuePoint(new DateTime(2026, 4, 30), 250_000m, 15_000m, 1), result.RevenueTimeseries[^1]);
        // lb1 was created at 00:10 on April 1 in Berlin; only April's spend counts, whole.
        Assert.Equal([new LeadSourceCost("zillow", 1, 900m, 900m, 2, 35_000m, (double)((35_000m - 900m) / 900m))], result.CostPerSource);
    }

    [Fact]
    public async Task Berlin_PipelineForecast_UsesLocationRateAndLocalToday()
    {
        var result = await GetAsync(new RevenueRequest(Location));

        // 800,000 x 0.50 x 0.05 and 300,000 x 0.85 x 0.05; April 30 is past on May 1 in Berlin.
        Assert.Equal(
            [new PipelineBucket("2026-05", 1, 800_000m, 20_000m), new PipelineBucket(PipelineForecast.Overdue, 1, 300_000m, 12_750m)],
            result.PipelineForecast.Buckets);
    }

    [Fact]
    public async Task Berlin_Forecast_HistoryEndsWithAprilBecauseMayHasBegunLocally()
    {
        var forecast = (await GetAsync(new RevenueRequest(Location) { ForecastDays = 30 })).Forecast!;

        var expected = MonthlyForecaster.Predict([(new DateOnly(2026, 3, 1), 30_000.0), (new DateOnly(2026, 4, 1), 35_000.0)], 1);
        Assert.Equal((expected.Method, new DateOnly(2026, 5, 1)), (forecast.Method, forecast.Points.Single().Period));
        Assert.Equal(expected.Points, forecast.Points);
    }

    [Fact]
    public async Task Berlin_Timeframe24h_GivesHourlyPointsEndingWithTheCurrentLocalHour()
    {
        var result = await GetAsync(new RevenueRequest(Location) { Timeframe = "24h" });

        Assert.Equal(new Period(new DateTime(2026, 4, 30, 1, 0, 0), new DateTime(2026, 5, 1, 1, 0, 0)), result.Period());
        Assert.Equal(("hour", 24), (result.Grain, result.RevenueTimeseries.Count));
        Assert.Equal(new RevenuePoint(new DateTime(2026, 4, 30, 23, 0, 0), 250_000m, 15_000m, 1), result.RevenueTimeseries[^2]);
        Assert.Equal(1, result.RevenueTimeseries.Sum(p => p.DealsClosed));
    }

    private async Task<RevenueIntelligence> GetAsync(RevenueRequest request) =>
        (await RevenueHarness.Service(db.DataSource, Now).GetAsync(request))!;

    private static DateTimeOffset At(int month, int day, int hour, int minute) => new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(2));
}
