namespace JorgeBi.E2E.Pages;

/// <summary>Revenue and forecast: sales KPIs, the commission forecast, pipeline, breakdown and ROI.</summary>
public sealed class RevenuePage(IPage page, string path = "/revenue") : AppShell(page)
{
    public override string Name => "revenue";

    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Name = "Revenue & forecast" });
    public ILocator Kpi(string name) => Page.GetByTestId($"kpi-{name}");
    public ILocator ForecastMethod => Page.GetByTestId("forecast-method");
    public ILocator ForecastMape => Page.GetByTestId("forecast-mape");
    public ILocator BaselineMape => Page.GetByTestId("baseline-mape");
    public ILocator PipelineForecast => Page.GetByTestId("pipeline-forecast");
    public ILocator BreakdownTable => Page.GetByTestId("table-breakdown");
    public ILocator RoiRows => Page.Locator("[data-testid='table-roi'] tbody tr");
    public ILocator GroupBy(string name) => Page.GetByTestId($"group-by-{name}");

    /// <summary>The SVG ApexCharts draws inside a chart's host; present once the chart has rendered.</summary>

    public ILocator BreakdownBars => Page.Locator("[data-testid='chart-breakdown'] path.apexcharts-bar-area");

    public override async Task GotoAsync() => await Page.GotoAsync(path);

    /// <summary>The circuit live, then the loaded KPIs (skeletons come first).</summary>
    public override async Task WaitUntilInteractiveAsync()
    {
        await WaitForCircuitAsync();
        await Kpi("revenue").WaitForAsync(new() { State = WaitForSelectorState.Visible });
    }

    public async Task<double?> NumberAsync(ILocator locator) => ExecutivePage.ParseKpi(await locator.InnerTextAsync());
}
