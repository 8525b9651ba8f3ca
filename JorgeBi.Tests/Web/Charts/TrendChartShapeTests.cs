using System.Text.Json;
using JorgeBi.Web.Components.Charts;

namespace JorgeBi.Tests.Web.Charts;

/// <summary>Trend lines draw only what was measured: straight segments, on axes of possible values.</summary>
public sealed class TrendChartShapeTests
{
    private static readonly DateTimeOffset Day = new(2026, 2, 1, 0, 0, 0, TimeSpan.Zero);

    private static ApexSeries Daily(params double?[] values) =>
        new("s", [.. values.Select((v, i) => ApexPoint.At(Day.AddDays(i), v))]);

    private static JsonElement Json(ApexChartOptions options) => JsonDocument.Parse(options.ToJson()).RootElement;

    [Fact]
    public void LineAndArea_DrawStraightSegments_NotSplines()
    {
        Assert.Equal("straight", Json(ChartOptionsFactory.Line([Daily(0, 12, 0)], ApexFormatter.Number)).GetProperty("stroke").GetProperty("curve").GetString());
        Assert.Equal("straight", Json(ChartOptionsFactory.Area([Daily(0, 900, 0)], format: ApexFormatter.Currency)).GetProperty("stroke").GetProperty("curve").GetString());
    }

    [Theory]
    [InlineData(ApexFormatter.Number)]
    [InlineData(ApexFormatter.Currency)]
    [InlineData(ApexFormatter.Milliseconds)]
    public void CountMoneyOrDuration_AxisStartsAtZero(string format)
    {
        var yaxis = Json(ChartOptionsFactory.Line([Daily(0, 3, 0, 1)], format)).GetProperty("yaxis");

        Assert.Equal(0, yaxis.GetProperty("min").GetDouble());
        Assert.False(yaxis.TryGetProperty("max", out _));
    }

    [Fact]
    public void Rate_AxisEndsAt100Percent_AndStartsAtTheTenthBelowTheLowestPoint()
    {
        var yaxis = Json(ChartOptionsFactory.Line([Daily(0.97, 1.0, 0.93, null)], ApexFormatter.Percent)).GetProperty("yaxis");

        Assert.Equal(1, yaxis.GetProperty("max").GetDouble());
        Assert.Equal(0.9, yaxis.GetProperty("min").GetDouble(), 1e-12);
    }

    [Fact]
    public void Rate_AllAtOneHundredPercent_StillShowsATenthOfRange()
    {
        var yaxis = Json(ChartOptionsFactory.Line([Daily(1, 1)], ApexFormatter.Percent)).GetProperty("yaxis");

        Assert.Equal(0.9, yaxis.GetProperty("min").GetDouble(), 1e-12);
        Assert.Equal(1, yaxis.GetProperty("max").GetDouble());
    }

    [Fact]
    public void Rate_NearZeroOrEmpty_NeverBelowZero()
    {
        Assert.Equal(0, Json(ChartOptionsFactory.Line([Daily(0.02, 0)], ApexFormatter.Percent)).GetProperty("yaxis").GetProperty("min").GetDouble());
        Assert.Equal(0, Json(ChartOptionsFactory.Line([Daily(null, null)], "percent:2")).GetProperty("yaxis").GetProperty("min").GetDouble());
    }
}
