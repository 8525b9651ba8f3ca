using JorgeBi.Core.Forecasting;
using JorgeBi.Core.Revenue;

namespace JorgeBi.Tests.Revenue;

/// <summary>The monthly commission forecast over <see cref="SyntheticHistory"/>.</summary>
public sealed class CommissionForecastTests(SyntheticHistory data) : IClassFixture<SyntheticHistory>
{
    [Fact]
    public async Task Forecast_ThirtyMonths_NamesHoltWintersWithNestedIntervals()
    {
        var result = (await data.Service().GetAsync(new RevenueRequest(SyntheticHistory.Location) { ForecastDays = 100 }))!;
        var forecast = result.Forecast!;

        Assert.StartsWith("holt-winters", forecast.Method);
        Assert.Equal([new DateOnly(2026, 5, 1), new(2026, 6, 1), new(2026, 7, 1), new(2026, 8, 1)], forecast.Points.Select(p => p.Period));
        Assert.All(forecast.Points, p =>
        {
            Assert.InRange(p.Lo95, 0, p.Lo80);
            Assert.InRange(p.Value, p.Lo80, p.Hi80);
            Assert.InRange(p.Hi95, p.Hi80, double.MaxValue);
            Assert.True(p.Hi95 > p.Lo95, "a forecast of a noisy series has a non-empty interval");
        });
        Assert.NotNull(forecast.BacktestMape);
        Assert.NotNull(forecast.BaselineMape);
    }

    [Fact]
    public async Task Forecast_History_RunsFromFirstMonthToLastCompleteMonthWithEmptyMonthsAsZero()
    {
        var forecast = (await data.Service().GetAsync(new RevenueRequest(SyntheticHistory.Location) { ForecastDays = 90 }))!.Forecast!;

        // The same forecaster on the hand-listed history: same method, points and errors, so
        // April 2024 went in as 0 and the big May 2026 deal did not go in at all.
        var expected = MonthlyForecaster.Predict(SyntheticHistory.ExpectedHistory(), 3);
        Assert.Equal(expected.Method, forecast.Method);
        Assert.Equal(expected.Points, forecast.Points);
        Assert.Equal((expected.BacktestMape, expected.BaselineMape), (forecast.BacktestMape, forecast.BaselineMape));
    }

    [Fact]
    public async Task ForecastAccuracy_ThirtyMonths_ComparesBacktestWithBaseline()
    {
        var result = (await data.Service().GetAsync(new RevenueRequest(SyntheticHistory.Location)))!;
        var accuracy = result.ForecastAccuracy!;

        Assert.Equal((result.Forecast!.Method, result.Forecast.BacktestMape, result.Forecast.BaselineMape),
            (accuracy.Method, accuracy.BacktestMape, accuracy.BaselineMape));
        var expectedVerdict = Math.Round(accuracy.BacktestMape!.Value, 1).CompareTo(Math.Round(accuracy.BaselineMape!.Value, 1)) switch
        {
            < 0 => ForecastAccuracy.BeatsBaseline,
            > 0 => ForecastAccuracy.TrailsBaseline,
            _ => ForecastAccuracy.MatchesBaseline,
        };
        Assert.Equal(expectedVerdict, accuracy.Verdict);
        Assert.Contains("seasonal-naive baseline", accuracy.Summary);
    }

    [Fact]
    public async Task Forecast_NotRequested_IsOmitted()
    {
        var result = (await data.Service().GetAsync(new RevenueRequest(SyntheticHistory.Location) { IncludeForecast = false }))!;

        Assert.Null(result.Forecast);
        Assert.Null(result.ForecastAccuracy);
    }

    [Fact]
    public async Task Forecast_LocationWithoutSales_SaysNoneAndInsufficientHistory()
    {
        await new AppliedEventStore(data.Db.DataSource).IngestAsync(new RevenueEvents("rev-no-sales").Lead("l1", "website", SyntheticHistory.Now.AddDays(-3)).Events);

        var result = (await data.Service().GetAsync(new RevenueRequest("rev-no-sales")))!;

        Assert.Equal(("none", 0), (result.Forecast!.Method, result.Forecast.Points.Count));
        Assert.Equal(ForecastAccuracy.InsufficientHistory, result.ForecastAccuracy!.Verdict);
    }

    [Theory]
    [InlineData(29)]
    [InlineData(366)]
    public async Task Forecast_DaysOutsideThirtyTo365_AreRefused(int days)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            data.Service().GetAsync(new RevenueRequest(SyntheticHistory.Location) { ForecastDays = days }));
    }

    [Theory]
    [InlineData(30, 1)]
    [InlineData(31, 2)]
    [InlineData(90, 3)]
    [InlineData(365, 13)]
    public void Horizon_Days_IsCeilingOfThirtyDayMonths(int days, int months)
    {
        Assert.Equal(months, CommissionForecaster.Horizon(days));
    }
}
