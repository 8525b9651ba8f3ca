using Bunit;
using JorgeBi.Core.Forecasting;
using JorgeBi.Core.Revenue;
using JorgeBi.Web.Components.Charts;
using JorgeBi.Web.Components.Pages.Revenue;

namespace JorgeBi.Tests.Web.Revenue;

public sealed class ForecastPanelTests : MudTestContext
{
    private static readonly Forecast Forecast = new("holt-winters-additive",
        [new ForecastPoint(new DateOnly(2025, 7, 1), 50_000, 42_000, 58_000, 38_000, 62_000)], 8.44, 12.1);

    private static readonly IReadOnlyList<MonthlyCommission> History =
        [new(new DateTime(2025, 5, 1), 40_000m), new(new DateTime(2025, 6, 1), 45_000m)];

    public ForecastPanelTests()
    {
        var module = JSInterop.SetupModule(ApexChart.ModulePath);
        module.SetupModule("create", _ => true);
    }

    private IRenderedComponent<ForecastPanel> RenderPanel(Forecast forecast) =>
        Render<ForecastPanel>(p => p
            .Add(c => c.Forecast, forecast)
            .Add(c => c.Accuracy, ForecastAccuracy.From(forecast))
            .Add(c => c.History, History));

    [Fact]
    public void Panel_ShowsMethodBothMapesAndVerdict()
    {
        var cut = RenderPanel(Forecast);

        Assert.Equal("holt-winters-additive", cut.Find("[data-testid='forecast-method']").TextContent);
        Assert.Equal("8.4 %", cut.Find("[data-testid='forecast-mape']").TextContent);
        Assert.Equal("12.1 %", cut.Find("[data-testid='baseline-mape']").TextContent);
        Assert.Contains("Beats baseline", cut.Find("[data-testid='forecast-verdict']").TextContent);
        Assert.NotNull(cut.Find("[data-testid='chart-forecast']"));
    }

    [Fact]
    public void Panel_NoBacktest_ShowsDashesAndInsufficientHistory()
    {
        var cut = RenderPanel(Forecast with { Method = "seasonal-naive", BacktestMape = null, BaselineMape = null });

        Assert.Equal("–", cut.Find("[data-testid='forecast-mape']").TextContent);
        Assert.Equal("–", cut.Find("[data-testid='baseline-mape']").TextContent);
        Assert.Contains("Not enough history", cut.Find("[data-testid='forecast-verdict']").TextContent);
    }

    [Fact]
    public void Panel_NoPoints_ShowsNoChart()
    {
        var cut = RenderPanel(new Forecast("none", [], null, null));

        Assert.Empty(cut.FindAll("[data-testid='chart-forecast']"));
        Assert.NotNull(cut.Find("[data-testid='forecast-empty']"));
    }

    [Fact]
    public void ForecastChart_HasBothBandsAsRangeAreasAndLinesForActualAndForecast()
    {
        var options = RevenueCharts.Forecast(History, Forecast, ["#111111", "#222222"]);

        Assert.Equal(["95 % interval", "80 % interval", "Actual", "Forecast"], options.Series!.Select(s => s.Name));
        Assert.Equal([ApexChartType.RangeArea, ApexChartType.RangeArea, ApexChartType.Line, ApexChartType.Line], options.Series!.Select(s => s.Type!.Value));
        // ApexCharts pairs combined series by index: all four run over the same three months.
        Assert.All(options.Series!, s => Assert.Equal(3, s.Data.Count));
        Assert.Equal((38_000d, 62_000d), (options.Series![0].Data[2].Low!.Value, options.Series[0].Data[2].High!.Value));
        Assert.Equal((42_000d, 58_000d), (options.Series![1].Data[2].Low!.Value, options.Series[1].Data[2].High!.Value));
        // Zero-width band on the last actual month: the fan opens there.
        Assert.Equal((45_000d, 45_000d), (options.Series![1].Data[1].Low!.Value, options.Series[1].Data[1].High!.Value));
        Assert.Equal([40_000d, 45_000d, null], options.Series![2].Data.Select(p => p.Y));
        // The forecast line starts at the last actual month, then the forecast months.
        Assert.Equal([null, 45_000d, 50_000d], options.Series![3].Data.Select(p => p.Y));
    }

    [Fact]
    public void History_FillsMonthsWithoutSalesWithZero()
    {
        var months = RevenueCharts.History([new(new DateTime(2025, 1, 1), 10m), new(new DateTime(2025, 3, 1), 30m)], new DateOnly(2025, 4, 1));

        Assert.Equal([10m, 0m, 30m], months.Select(m => m.Commission));
    }
}
