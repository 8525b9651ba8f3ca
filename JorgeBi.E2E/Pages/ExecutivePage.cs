using System.Globalization;
using System.Text.RegularExpressions;

namespace JorgeBi.E2E.Pages;

/// <summary>The executive dashboard: KPI cards, trend, funnel and temperature charts, insights, print.</summary>
public sealed class ExecutivePage(IPage page, string path = "/") : AppShell(page)
{
    public override string Name => "executive";

    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Name = "Executive dashboard" });
    public ILocator KpiValues => Page.Locator("[data-testid^='kpi-']");

    public ILocator Kpi(string name) => Page.GetByTestId($"kpi-{name}");

    /// <summary>The whole card of a KPI: a link to the rows behind it.</summary>
    public ILocator Card(string name) => Page.GetByTestId($"card-{name}");

    public ILocator PrintButton => Page.GetByTestId("print-report");

    public ILocator Funnel => Page.GetByTestId("funnel");
    public ILocator FunnelView(string view) => Page.GetByTestId($"funnel-view-{view}");
    public ILocator FunnelDescription => Page.GetByTestId("funnel-description");

    /// <summary>The stage labels of the funnel chart ("Leads · 343"), top to bottom as drawn.</summary>
    public Task<string[]> FunnelLabelsTopDownAsync() => Page.EvaluateAsync<string[]>(
        "() => [...document.querySelectorAll(\"[data-testid='chart-funnel'] .apexcharts-yaxis-label\")]" +
        ".map(t => ({ y: t.getBoundingClientRect().top, text: t.textContent.trim() })).sort((a, b) => a.y - b.y).map(l => l.text)");


    /// <summary>The company view's table of offices side by side (location_id=all).</summary>
    public ILocator Comparison => Page.GetByTestId("location-comparison");
    public ILocator ComparisonBox => Comparison.Locator(".table-scroll");
    public ILocator ComparisonRows => Page.Locator("[data-testid='location-comparison-table'] tbody tr");
    public ILocator ComparisonCell(string locationId, string kpi) => Page.GetByTestId($"location-{locationId}-{kpi}");
    public ILocator SortBy(string kpi) => Page.GetByTestId($"sort-{kpi}");

    /// <summary>The offices' names in the order the comparison lists them.</summary>
    public Task<string[]> ComparisonNamesAsync() =>
        Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll(\"[data-testid='location-comparison-table'] tbody tr td:first-child a\")].map(a => a.textContent.trim())");

    public ILocator LocationPicker => Page.GetByTestId("location-picker");
    public ILocator LocationChoice(string locationId) => Page.GetByTestId($"location-{locationId}");

    public ILocator FilterErrors => Page.GetByTestId("filter-errors");
    public ILocator FilterError(string field) => Page.GetByTestId($"filter-error-{field}");
    public ILocator Insights => Page.GetByTestId("insights");

    /// <summary>The three charts of the page by test id.</summary>
    public static readonly IReadOnlyList<string> Charts = ["chart-trend", "chart-funnel", "chart-temperature"];

    /// <summary>The SVG ApexCharts draws inside a chart's host.</summary>

    /// <summary>The KPI cards' sparklines: inline SVGs the server renders with the page.</summary>
    public ILocator Sparklines => Page.Locator("svg[data-testid^='sparkline-']");

    public ILocator SparklinePath(string name) => Page.Locator($"svg[data-testid='sparkline-{name}'] path");

    /// <summary>How many points a sparkline's path goes through: one "x,y" pair per point.</summary>
    public async Task<int> SparklinePointCountAsync(string name) =>
        Regex.Count(await SparklinePath(name).GetAttributeAsync("d") ?? "", @"-?[\d.]+,-?[\d.]+");

    /// <summary>A slice of the temperature donut, in Domain.Temperatures order (0 = hot).</summary>
    public ILocator TemperatureSlice(int index) => Page.Locator($"[data-testid='chart-temperature'] path.apexcharts-pie-area[j='{index}']");

    /// <summary>Replaces window.print with a counter, so a test can press Print without a dialog.</summary>
    public Task StubPrintAsync() => Page.EvaluateAsync("() => { window.__printCalls = 0; window.print = () => window.__printCalls++; }");

    /// <summary>
    /// Waits until every chart of the report is drawn (charts are drawn in idle time) and every
    /// ApexCharts SVG is at its host's width again: charts redraw a moment after the window is
    /// resized, and a measure taken before that sees the old size.
    /// </summary>
    public Task WaitForChartsToFitAsync() => Page.WaitForFunctionAsync(
        "() => [...document.querySelectorAll('.exec-report .apex-chart')].every(c => c.dataset.chartReady === 'true')"
        + " && [...document.querySelectorAll('.exec-report svg.apexcharts-svg')].every(s => Math.abs(parseFloat(s.getAttribute('width')) - s.closest('.apexcharts-canvas').parentElement.clientWidth) <= 2)");

    /// <summary>How far down the report reaches, in CSS pixels.</summary>
    public Task<int> ReportBottomAsync() =>
        Page.EvaluateAsync<int>("() => Math.ceil(document.querySelector('.exec-report').getBoundingClientRect().bottom)");

    /// <summary>Waits until the page has asked for the print dialog (the click goes through the circuit first).</summary>
    public Task WaitForPrintCallAsync() => Page.WaitForFunctionAsync("() => window.__printCalls === 1");

    public override async Task GotoAsync() => await Page.GotoAsync(path);

    /// <summary>
    /// The circuit live, then the KPI cards visible: the first interactive render shows
    /// skeletons again until the KPIs are loaded, so cards seen before it prove nothing.
    /// </summary>
    public override async Task WaitUntilInteractiveAsync()
    {
        await WaitForCircuitAsync();
        await KpiValues.First.WaitForAsync(new() { State = WaitForSelectorState.Visible });
    }

    /// <summary>The displayed value of a KPI as a number; null when the card shows "–" (nothing to measure).</summary>
    public async Task<double?> KpiValueAsync(string name) => ParseKpi(await Kpi(name).InnerTextAsync());

    /// <summary>Every card's name (without the prefix) and displayed text, in page order.</summary>
    public async Task<IReadOnlyList<(string Name, string Text)>> KpiTextsAsync()
    {
        var cards = new List<(string, string)>();
        foreach (var card in await KpiValues.AllAsync())
        {
            var testId = await card.GetAttributeAsync("data-testid") ?? "";
            cards.Add((testId["kpi-".Length..], (await card.InnerTextAsync()).Trim()));
        }
        return cards;
    }

    /// <summary>A card's number as displayed ("1,234", "$44,280", "4.5 %", "23 ms", "45 s"); null for "–" (nothing to measure).</summary>
    public static double? ParseKpi(string text)
    {
        text = text.Trim();
        if (text == "–") return null;
        var number = new string(text.Where(c => char.IsDigit(c) || c is '.' or '-' or ',').ToArray());
        return double.Parse(number, NumberStyles.Number, CultureInfo.InvariantCulture);
    }
}
