namespace JorgeBi.E2E.Pages;

/// <summary>The drill-down page: breadcrumbs, filter chips, summary, one page of rows and the CSV download.</summary>
public sealed class LeadsPage(IPage page, string query = "?component=leads&temperature=hot") : AppShell(page)
{
    public override string Name => "leads";

    public ILocator Breadcrumbs => Page.GetByTestId("breadcrumbs");
    public ILocator Table => Page.GetByTestId("drill-table");
    public ILocator Rows => Table.Locator("tbody tr");
    public ILocator Header => Table.Locator("thead");
    public ILocator TableBox => Table.Locator(".mud-table-container");
    public ILocator Total => Page.GetByTestId("drill-total");
    public ILocator Pager => Page.GetByTestId("drill-pager");
    public ILocator ExportButton => Page.GetByTestId("export-csv");
    public ILocator LeadLinks => Page.GetByTestId("lead-link");
    public ILocator Cells(string column) => Table.Locator($"[data-testid='cell-{column}']");
    public ILocator Chip(string filter) => Page.GetByTestId($"chip-{filter}");
    public ILocator Timeline => Page.GetByTestId("lead-timeline");

    public override async Task GotoAsync() => await Page.GotoAsync("/leads" + query);

    public override async Task WaitUntilInteractiveAsync()
    {
        await WaitForCircuitAsync();
        await Rows.First.WaitForAsync(new() { State = WaitForSelectorState.Visible });
    }

    /// <summary>The "1,234 rows" line as a number.</summary>
    public async Task<long> TotalAsync() =>
        long.Parse(new string((await Total.InnerTextAsync()).Where(char.IsDigit).ToArray()), System.Globalization.CultureInfo.InvariantCulture);
}
