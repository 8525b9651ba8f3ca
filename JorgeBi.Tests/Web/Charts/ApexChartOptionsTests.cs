using System.Text.Json;
using JorgeBi.Web.Components.Charts;

namespace JorgeBi.Tests.Web.Charts;

public sealed class ApexChartOptionsTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ToJson_UnsetOptions_AreOmitted()
    {
        var json = new ApexChartOptions { Chart = new ApexChartSettings { Type = ApexChartType.Bar } }.ToJson();

        Assert.Equal("""{"chart":{"type":"bar"}}""", json);
    }

    [Fact]
    public void ToJson_UsesApexChartsOptionNames()
    {
        var options = new ApexChartOptions
        {
            XAxis = new ApexXAxis { Type = ApexAxisType.Datetime, Labels = new ApexAxisLabels { DatetimeUtc = false } },
            YAxis = new ApexYAxis { DecimalsInFloat = 1, Title = new ApexAxisTitle("ms") },
            DataLabels = new ApexDataLabels { Enabled = false },
            PlotOptions = new ApexPlotOptions { Bar = new ApexBarOptions { Horizontal = true, IsFunnel = true } },
            Annotations = new ApexAnnotations { XAxis = [ApexXAxisAnnotation.At(Start, "deploy")] },
            Theme = new ApexTheme(ApexThemeMode.Dark),
        };

        var root = JsonDocument.Parse(options.ToJson()).RootElement;

        Assert.False(root.GetProperty("xaxis").GetProperty("labels").GetProperty("datetimeUTC").GetBoolean());
        Assert.Equal(1, root.GetProperty("yaxis").GetProperty("decimalsInFloat").GetInt32());
        Assert.False(root.GetProperty("dataLabels").GetProperty("enabled").GetBoolean());
        Assert.True(root.GetProperty("plotOptions").GetProperty("bar").GetProperty("isFunnel").GetBoolean());
        Assert.Equal(Start.ToUnixTimeMilliseconds(), root.GetProperty("annotations").GetProperty("xaxis")[0].GetProperty("x").GetInt64());
        Assert.Equal("dark", root.GetProperty("theme").GetProperty("mode").GetString());
    }

    [Fact]
    public void ToJson_FormatterName_IsKeptAsString()
    {
        var options = ChartOptionsFactory.Bar(["a"], [new ApexSeries("n", [ApexPoint.Value(1)])], format: ApexFormatter.Milliseconds);

        var root = JsonDocument.Parse(options.ToJson()).RootElement;

        Assert.Equal("ms", root.GetProperty("yaxis").GetProperty("labels").GetProperty("formatter").GetString());
        Assert.Equal("ms", root.GetProperty("tooltip").GetProperty("y").GetProperty("formatter").GetString());
    }

    [Fact]
    public void ToJson_Points_UseApexChartsDataShapes()
    {
        var series = new ApexSeries("s",
        [
            ApexPoint.Value(1.5),
            ApexPoint.At("Mon", null),
            ApexPoint.At(Start, 2),
            ApexPoint.Range(Start, 1, 3),
            ApexPoint.Value(double.NaN),
        ]);

        var json = new ApexChartOptions { Series = [series] }.ToJson();

        Assert.Equal(
            $$"""{"series":[{"name":"s","data":[1.5,{"x":"Mon","y":null},{"x":{{Start.ToUnixTimeMilliseconds()}},"y":2},{"x":{{Start.ToUnixTimeMilliseconds()}},"y":[1,3]},null]}]}""",
            json);
    }

    [Fact]
    public void Forecast_WritesRangeAreaBandAndLineSeries()
    {
        var options = ChartOptionsFactory.Forecast(
            new ApexSeries("Actual", [ApexPoint.At(Start, 5)]),
            new ApexSeries("Expected", [ApexPoint.Range(Start, 4, 6)]));

        var root = JsonDocument.Parse(options.ToJson()).RootElement;

        Assert.Equal("rangeArea", root.GetProperty("chart").GetProperty("type").GetString());
        Assert.Equal("rangeArea", root.GetProperty("series")[0].GetProperty("type").GetString());
        Assert.Equal("line", root.GetProperty("series")[1].GetProperty("type").GetString());
    }

    [Fact]
    public void Donut_WritesFlatSeriesAndLabels()
    {
        var root = JsonDocument.Parse(ChartOptionsFactory.Donut(["Web", "App"], [3, 1]).ToJson()).RootElement;

        Assert.Equal("[3,1]", root.GetProperty("series").GetRawText());
        Assert.Equal("""["Web","App"]""", root.GetProperty("labels").GetRawText());
        Assert.Equal("donut", root.GetProperty("chart").GetProperty("type").GetString());
    }

    [Fact]
    public void EveryChartType_IsDrawnWithoutAnimation()
    {
        ApexSeries series = new("s", [ApexPoint.At(Start, 1), ApexPoint.At(Start.AddDays(1), 2)]);
        ApexChartOptions[] charts =
        [
            ChartOptionsFactory.Line([series]),
            ChartOptionsFactory.Area([series], stacked: true),
            ChartOptionsFactory.Bar(["a"], [new ApexSeries("n", [ApexPoint.Value(1)])], horizontal: true),
            ChartOptionsFactory.Funnel(["Leads", "Deals"], [10, 2]),
            ChartOptionsFactory.Donut(["Web", "App"], [3, 1]),
            ChartOptionsFactory.Forecast(series, new ApexSeries("band", [ApexPoint.Range(Start, 1, 3)])),
            ChartOptionsFactory.Heatmap([series]),
        ];

        Assert.All(charts, options =>
            Assert.False(JsonDocument.Parse(options.ToJson()).RootElement.GetProperty("chart").GetProperty("animations").GetProperty("enabled").GetBoolean()));
    }
}
