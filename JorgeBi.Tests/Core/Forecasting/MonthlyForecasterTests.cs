using JorgeBi.Core.Forecasting;

namespace JorgeBi.Tests.Core.Forecasting;

public class MonthlyForecasterTests
{
    private static readonly DateOnly FirstMonth = new(2022, 1, 1);

    private static (DateOnly MonthStart, double Value)[] Months(IEnumerable<double> values) =>
        values.Select((v, i) => (FirstMonth.AddMonths(i), v)).ToArray();

    private static double SeasonalLinear(int t) => 100 + 2.0 * t + 20 * Math.Sin(2 * Math.PI * t / 12);

    private static double[] Noisy(int n, int seed, Func<int, double> shape)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, n).Select(t => shape(t) * (1 + 0.08 * (random.NextDouble() - 0.5))).ToArray();
    }

    private static void AssertNested(ForecastPoint p)
    {
        Assert.True(0 <= p.Lo95, $"{p}");
        Assert.True(p.Lo95 <= p.Lo80, $"{p}");
        Assert.True(p.Lo80 <= p.Value, $"{p}");
        Assert.True(p.Value <= p.Hi80, $"{p}");
        Assert.True(p.Hi80 <= p.Hi95, $"{p}");
    }

    [Fact]
    public void Predict_PerfectSeasonalLinearSeries_ForecastsWithinOnePercentWithSmallBacktestError()
    {
        var history = Months(Enumerable.Range(0, 36).Select(SeasonalLinear));

        var forecast = MonthlyForecaster.Predict(history, 12);

        Assert.StartsWith("holt-winters-additive", forecast.Method);
        Assert.Equal(12, forecast.Points.Count);
        for (var h = 0; h < 12; h++)
        {
            var actual = SeasonalLinear(36 + h);
            Assert.InRange(Math.Abs(forecast.Points[h].Value - actual) / actual, 0, 0.01);
        }

        Assert.NotNull(forecast.BacktestMape);
        Assert.InRange(forecast.BacktestMape.Value, 0, 1);
    }

    [Fact]
    public void Predict_GrowingSeasonalAmplitude_ChoosesMultiplicative()
    {
        var history = Months(Enumerable.Range(0, 48).Select(t => (200 + 10.0 * t) * (1 + 0.4 * Math.Sin(2 * Math.PI * t / 12))));

        var forecast = MonthlyForecaster.Predict(history, 6);

        Assert.StartsWith("holt-winters-multiplicative", forecast.Method);
        Assert.All(forecast.Points, AssertNested);
    }

    [Fact]
    public void Predict_NegativeMonthInHistory_NeverTriesMultiplicative()
    {
        var values = Enumerable.Range(0, 30).Select(SeasonalLinear).ToArray();
        values[4] = -5; // e.g. a commission clawback

        var forecast = MonthlyForecaster.Predict(Months(values), 3);

        Assert.StartsWith("holt-winters-additive", forecast.Method);
    }

    [Theory]
    [InlineData(1, "naive")]
    [InlineData(2, "naive")]
    [InlineData(3, "damped-trend")]
    [InlineData(11, "damped-trend")]
    [InlineData(23, "damped-trend")]
    public void Predict_ShortHistory_NamesTheFallbackMethod(int months, string method)
    {
        var history = Months(Noisy(months, seed: months, t => 1000 + 20.0 * t));

        var forecast = MonthlyForecaster.Predict(history, 4);

        Assert.Equal(method, forecast.Method);
        Assert.Equal(4, forecast.Points.Count);
        Assert.All(forecast.Points, AssertNested);
    }

    [Fact]
    public void Predict_OneMonth_RepeatsItWithoutInventingASpread()
    {
        var forecast = MonthlyForecaster.Predict(Months([4200.0]), 2);

        Assert.Equal("naive", forecast.Method);
        Assert.All(forecast.Points, p => Assert.Equal(new ForecastPoint(p.Period, 4200, 4200, 4200, 4200, 4200), p));
        Assert.Null(forecast.BacktestMape);
        Assert.Null(forecast.BaselineMape);
    }

    [Fact]
    public void Predict_NoHistory_ReturnsNoneWithoutPoints()
    {
        var forecast = MonthlyForecaster.Predict([], 3);

        Assert.Equal("none", forecast.Method);
        Assert.Empty(forecast.Points);
        Assert.Null(forecast.BacktestMape);
        Assert.Null(forecast.BaselineMape);
    }

    [Fact]
    public void Predict_TwentyMonthsOfRepeatingYear_PrefersSeasonalNaive()
    {
        double[] year = [40, 55, 70, 90, 120, 150, 160, 140, 110, 80, 60, 45];
        var history = Months(Enumerable.Range(0, 20).Select(t => year[t % 12]));

        var forecast = MonthlyForecaster.Predict(history, 12);

        Assert.Equal("seasonal-naive", forecast.Method);
        Assert.Equal(year[8], forecast.Points[0].Value);
        Assert.Equal(0, forecast.BaselineMape);
    }

    [Fact]
    public void Predict_ExactlyYearlyRepeatingSeries_BaselineMapeIsZero()
    {
        double[] year = [40, 55, 70, 90, 120, 150, 160, 140, 110, 80, 60, 45];
        var history = Months(Enumerable.Range(0, 36).Select(t => year[t % 12]));

        var forecast = MonthlyForecaster.Predict(history, 6);

        Assert.Equal(0, forecast.BaselineMape);
        Assert.NotNull(forecast.BacktestMape);
    }

    [Fact]
    public void Predict_BaselineWithoutAFullYear_FallsBackToLastValue()
    {
        // 8 months 10, 20, ..., 80: each of the last 6 months is forecast by the month before it.
        var history = Months(Enumerable.Range(1, 8).Select(i => 10.0 * i));

        var forecast = MonthlyForecaster.Predict(history, 1);

        var expected = 100 * new[] { 30, 40, 50, 60, 70, 80 }.Average(a => 10.0 / a);
        Assert.Equal(expected, forecast.BaselineMape!.Value, 1e-9);
    }

    [Fact]
    public void Predict_ZeroActualMonths_AreLeftOutOfTheMape()
    {
        var values = Enumerable.Repeat(100.0, 12).ToArray();
        values[^1] = 0;
        values[^3] = 0;

        var forecast = MonthlyForecaster.Predict(Months(values), 1);

        // Seasonal naive has no full year at any origin, so each month is forecast by the previous:
        // months 6..11 are 100,100,100,0,100,0 -> scored 6,7,8 (0 %) and 10 (previous 0 -> 100 %).
        Assert.Equal(25, forecast.BaselineMape!.Value, 1e-9);
    }

    [Fact]
    public void Predict_AllZeroHistory_HasNoMape()
    {
        var forecast = MonthlyForecaster.Predict(Months(new double[10]), 3);

        Assert.Null(forecast.BacktestMape);
        Assert.Null(forecast.BaselineMape);
        Assert.All(forecast.Points, p => Assert.Equal(0, p.Value, 1e-9));
    }

    [Theory]
    [InlineData(14)]
    [InlineData(30)]
    [InlineData(48)]
    public void Predict_NoisySeries_IntervalsNestedAndWideningWithHorizon(int months)
    {
        var history = Months(Noisy(months, seed: 42, t => 1000 + 15.0 * t + 150 * Math.Sin(2 * Math.PI * t / 12)));

        var forecast = MonthlyForecaster.Predict(history, 18);

        Assert.True(forecast.Method is "damped-trend" || forecast.Method.StartsWith("holt-winters-additive"), forecast.Method);
        Assert.All(forecast.Points, AssertNested);
        Assert.True(forecast.Points[0].Hi95 > forecast.Points[0].Lo95);
        for (var h = 1; h < forecast.Points.Count; h++)
        {
            var (previous, current) = (forecast.Points[h - 1], forecast.Points[h]);
            Assert.True(current.Hi80 - current.Lo80 >= previous.Hi80 - previous.Lo80 - 1e-9);
            Assert.True(current.Hi95 - current.Lo95 >= previous.Hi95 - previous.Lo95 - 1e-9);
        }
    }

    [Fact]
    public void Predict_FallingSeries_ClampsEverythingAtZero()
    {
        var history = Months(Noisy(10, seed: 5, t => 1000 - 110.0 * t));

        var forecast = MonthlyForecaster.Predict(history, 12);

        Assert.All(forecast.Points, AssertNested);
        Assert.Contains(forecast.Points, p => p.Lo95 == 0);
    }

    [Fact]
    public void Predict_PeriodsFollowTheLastMonth()
    {
        var history = Months(Enumerable.Range(0, 5).Select(t => 10.0 + t)).Reverse().ToArray();

        var forecast = MonthlyForecaster.Predict(history, 3);

        Assert.Equal([new(2022, 6, 1), new(2022, 7, 1), new(2022, 8, 1)], forecast.Points.Select(p => p.Period));
    }

    [Fact]
    public void Predict_SameHistoryTwice_GivesTheSameForecast()
    {
        var history = Months(Noisy(40, seed: 9, t => (500 + 5.0 * t) * (1 + 0.3 * Math.Cos(2 * Math.PI * t / 12))));

        var first = MonthlyForecaster.Predict(history, 12);
        var second = MonthlyForecaster.Predict(history, 12);

        Assert.Equal(first.Method, second.Method);
        Assert.Equal(first.Points, second.Points);
        Assert.Equal(first.BacktestMape, second.BacktestMape);
    }

    [Fact]
    public void Predict_MissingMonth_IsRefused()
    {
        (DateOnly, double)[] history = [(new(2024, 1, 1), 1), (new(2024, 3, 1), 2)];

        var error = Assert.Throws<ArgumentException>(() => MonthlyForecaster.Predict(history, 1));
        Assert.Contains("consecutive", error.Message);
    }

    [Fact]
    public void Predict_DateThatIsNotAMonthStart_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => MonthlyForecaster.Predict([(new DateOnly(2024, 1, 15), 1.0)], 1));
    }
}
