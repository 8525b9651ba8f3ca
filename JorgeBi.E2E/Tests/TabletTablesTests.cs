namespace JorgeBi.E2E.Tests;

/// <summary>
/// The three wide tables read on a tablet, portrait and landscape: nothing scrolls sideways,
/// the columns that matter are on screen, and the drill-down stays a table, not a tower of cards.
/// </summary>
public sealed class TabletTablesTests(AppFixture app, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(app, browser, output)
{
    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task BotMatrix_FitsWithoutScrolling_KeepsSuccessP95AndCommission(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new BotsPage(p));
        await using var _ = session;
        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync("tablet-bots")}");

        Assert.Equal(0, await AppShell.OverflowOfAsync(page.MatrixBox));
        var width = Viewports.Size(viewport).Width;
        foreach (var header in new[] { "Bot", "Interactions", "Success (95 % CI)", "p95 ms / target", "Deals", "Commission" })
            await Expect(page.Matrix.Locator("thead th").Filter(new() { HasTextString = header }).First).ToBeVisibleAsync();
        var commission = page.MatrixRows.First.Locator("td").Last;
        await Expect(commission).ToBeVisibleAsync();
        Assert.True(await AppShell.RightEdgeAsync(commission) <= width, "the commission column is on screen");
        Assert.True(await AppShell.RightEdgeAsync(page.Status("jorge-seller")) <= width);
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task CommissionGrid_FitsWithoutScrolling_CommissionOnScreen(string viewport)
    {
        var (session, page) = await OpenAsync(viewport, p => new CommissionsPage(p));
        await using var _ = session;
        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync("tablet-commissions")}");

        Assert.Equal(0, await AppShell.OverflowOfAsync(page.GridBox));
        Assert.True(await AppShell.RightEdgeAsync(page.CommissionCells.First) <= Viewports.Size(viewport).Width, "the commission column is on screen");
        foreach (var header in new[] { "Deal", "Agent", "Sale price", "Commission", "Closed" })
            await Expect(page.Grid.Locator("thead th").Filter(new() { HasTextString = header }).First).ToBeVisibleAsync();
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task LeadsTable_StaysATable_OneLinePerLead(string viewport) =>
        await AssertLeadsTableAsync(viewport, "default", ["lead_id", "created_at", "source", "temperature", "agent_id", "speed_to_lead_s"]);

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task LeadsTableOfAllLocations_StaysATable_TheOfficeTakesTheAgentsPlaceOnAPortraitTablet(string viewport) =>
        await AssertLeadsTableAsync(viewport, "all", Viewports.Size(viewport).Width >= 900
            ? ["lead_id", "location_id", "created_at", "source", "temperature", "agent_id", "speed_to_lead_s"]
            : ["lead_id", "location_id", "created_at", "source", "temperature", "speed_to_lead_s"]);

    private async Task AssertLeadsTableAsync(string viewport, string location, string[] columns)
    {
        var (session, page) = await OpenAsync(viewport, p => new LeadsPage(p, $"?component=leads&temperature=hot&location_id={location}"));
        await using var _ = session;
        Output.WriteLine($"Screenshot: {await session.ScreenshotAsync($"tablet-leads-{location}")}");

        await Expect(page.Header).ToBeVisibleAsync();
        Assert.Equal(0, await AppShell.OverflowOfAsync(page.TableBox));
        var rows = await page.Rows.CountAsync();
        var tableHeight = (await page.Table.BoundingBoxAsync())!.Height;
        Output.WriteLine($"{rows} rows in {tableHeight:F0} px");
        Assert.True(tableHeight < 60 * (rows + 2), $"{rows} rows take {tableHeight:F0} px: rows are stacked as cards");
        foreach (var column in columns)
            await Expect(page.Cells(column).First).ToBeVisibleAsync();
    }
}
