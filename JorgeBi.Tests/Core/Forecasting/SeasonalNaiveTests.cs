using JorgeBi.Core.Forecasting;

namespace JorgeBi.Tests.Core.Forecasting;

public class SeasonalNaiveTests
{
    [Fact]
    public void Predict_WithAYearOfHistory_CopiesTheSameMonthOfLastYear()
    {
        var history = Enumerable.Range(1, 15).Select(i => (double)i).ToArray();

        var forecast = SeasonalNaive.Predict(history, 14);

        // The last 12 months are 4..15; month n+1 repeats 4, month n+13 repeats 4 again.
        Assert.Equal(4, forecast[0]);
        Assert.Equal(15, forecast[11]);
        Assert.Equal(4, forecast[12]);
        Assert.Equal(5, forecast[13]);
    }

    [Fact]
    public void Predict_LessThanAYear_RepeatsTheLastValue()
    {
        Assert.Equal([7.0, 7.0, 7.0], SeasonalNaive.Predict([3.0, 5.0, 7.0], 3));
    }

    [Fact]
    public void Forecast_TwoYears_DeviationGrowsBySquareRootOfYearsAhead()
    {
        var history = Enumerable.Range(0, 24).Select(t => t < 12 ? 10.0 : 13.0).ToArray();

        var forecast = SeasonalNaive.Forecast(history, 13);

        Assert.Equal("seasonal-naive", forecast.Method);
        Assert.Equal(3, forecast.StandardDeviations[0], 1e-12);
        Assert.Equal(3, forecast.StandardDeviations[11], 1e-12);
        Assert.Equal(3 * Math.Sqrt(2), forecast.StandardDeviations[12], 1e-12);
    }
}
