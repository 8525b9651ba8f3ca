namespace JorgeBi.E2E.Pages;

/// <summary>The commission statement: totals, month and year to date, and the closed-deals grid.</summary>
public sealed class CommissionsPage(IPage page, string path = "/commissions?timeframe=90d") : AppShell(page)
{
    public override string Name => "commissions";

    public ILocator Grid => Page.GetByTestId("commission-grid");
    public ILocator CommissionCells => Grid.GetByTestId("commission-cell");

    /// <summary>The office of each deal, shown when the deals are several offices'.</summary>
    public ILocator OfficeCells => Grid.GetByTestId("commission-office");

    /// <summary>The box the grid's table scrolls in when it is wider than the page.</summary>
    public ILocator GridBox => Grid.Locator(".mud-table-container");
    public ILocator MonthToDate => Page.GetByTestId("commission-mtd");
    public ILocator YearToDate => Page.GetByTestId("commission-ytd");
    public ILocator Total(string name) => Page.GetByTestId($"commission-total-{name}");

    /// <summary>The grid's sortable header of a column, by its title.</summary>
    public ILocator SortHeader(string title) =>
        Grid.Locator("th").Filter(new() { HasText = title }).Locator(".sortable-column-header");

    public override async Task GotoAsync() => await Page.GotoAsync(path);

    public override async Task WaitUntilInteractiveAsync()
    {
        await WaitForCircuitAsync();
        await CommissionCells.First.WaitForAsync(new() { State = WaitForSelectorState.Visible });
    }

    /// <summary>The commission column of the visible page, as numbers.</summary>
    public async Task<IReadOnlyList<double>> CommissionsAsync() =>
        (await CommissionCells.AllInnerTextsAsync()).Select(t => ExecutivePage.ParseKpi(t) ?? 0).ToList();
}
