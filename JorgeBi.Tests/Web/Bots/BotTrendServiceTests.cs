using JorgeBi.Core.Bots;
using JorgeBi.Core.Kpis;

namespace JorgeBi.Tests.Web.Bots;

// Core logic behind the bots page's trend charts; lives beside the page's tests.
public sealed class BotTrendServiceTests
{
    private static readonly LocationInfo Location = new("default", "Default", "America/Los_Angeles", 0.06m, 50_000m);

    private sealed class FakeSource(params BotTrendBucket[] buckets) : IBotTrendSource
    {
        public TrendGrain? AskedGrain { get; private set; }

        public Task<IReadOnlyList<BotTrendBucket>> ReadAsync(LocationInfo location, Period period, TrendGrain grain, CancellationToken ct = default)
        {
            AskedGrain = grain;
            return Task.FromResult<IReadOnlyList<BotTrendBucket>>(buckets);
        }
    }

    [Fact]
    public async Task ForPeriod_WholeDays_OnePointPerDayPerBot_EmptyDaysIncluded()
    {
        var source = new FakeSource(
            new BotTrendBucket("lead-bot", new DateTime(2025, 3, 1), 100, 95, [new("lead-bot", 80, 100)]),
            new BotTrendBucket("jorge-seller", new DateTime(2025, 3, 3), 10, 9, [new("jorge-seller", 40, 10)]));
        var period = Timeframes.Between(new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 7));

        var trend = await new BotTrendService(source).ForPeriodAsync(Location, period);

        Assert.NotNull(trend);
        Assert.Equal("day", trend.Grain);
        Assert.Equal(["jorge-seller", "lead-bot"], trend.Bots.Select(b => b.BotId));
        Assert.All(trend.Bots, b => Assert.Equal(7, b.Points.Count));
        var lead = trend.Bots[1].Points;
        Assert.Equal(0.95, lead[0].SuccessRate);
        Assert.Equal(80, lead[0].P95ResponseMs);
        Assert.Null(lead[1].SuccessRate);
        Assert.Null(lead[1].P95ResponseMs);
    }

    [Fact]
    public async Task ForPeriod_Year_AsksForMonths()
    {
        var source = new FakeSource();

        var trend = await new BotTrendService(source).ForPeriodAsync(Location, Timeframes.Between(new DateOnly(2024, 4, 1), new DateOnly(2025, 3, 31)));

        Assert.Equal(TrendGrain.Month, source.AskedGrain);
        Assert.Equal("month", trend!.Grain);
    }

    [Fact]
    public async Task ForPeriod_24Hours_NoTrend()
    {
        var period = Timeframes.Resolve("24h", new DateTime(2025, 3, 5, 14, 30, 0));

        Assert.Null(await new BotTrendService(new FakeSource()).ForPeriodAsync(Location, period));
    }
}
