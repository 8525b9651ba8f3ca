namespace JorgeBi.E2E.Pages;

/// <summary>Anomalies and insights: insight cards, the anomaly table and the trends with anomalies marked.</summary>
public sealed class InsightsPage(IPage page, string path = "/insights") : AppShell(page)
{
    public override string Name => "insights";

    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Name = "Anomalies & insights" });
    public ILocator AnomalyTable => Page.GetByTestId("anomaly-table");
    public ILocator Charts => Page.GetByTestId("chart-anomalies");
    public ILocator Insight(int index) => Page.GetByTestId($"insight-{index}");
    public ILocator Window => Page.GetByTestId("anomaly-window");

    public override async Task GotoAsync() => await Page.GotoAsync(path);

    public override async Task WaitUntilInteractiveAsync()
    {
        await WaitForCircuitAsync();
        await AnomalyTable.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        // Its charts are drawn once scrolled near; created, they wait for that.
        await Charts.Locator(".apex-chart[data-chart-ready]").First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }
}
