using Bunit;
using JorgeBi.Core.Company;
using JorgeBi.Core.Kpis;
using JorgeBi.Web.Components.Pages.Executive;

namespace JorgeBi.Tests.Web.Executive;

public sealed class LocationComparisonTests : MudTestContext
{
    private static readonly IReadOnlyList<LocationKpis> Rows =
    [
        Row("ny", "New York", leads: 40, commission: 90_000, success: 0.97, TargetStatus.OnTrack),
        Row("la", "Los Angeles", leads: 120, commission: 30_000, success: 0.90, TargetStatus.OffTrack),
        Row("berlin", "Berlin", leads: 75, commission: 55_000, success: null, TargetStatus.NoData),
    ];

    private static LocationKpis Row(string id, string name, double leads, double commission, double? success, string successStatus) =>
        new(id, name, "America/New_York", new DateTime(2026, 6, 1), new DateTime(2026, 7, 1),
            new Dictionary<string, double?> { [Kpi.TotalLeads] = leads, [Kpi.JorgeCommission] = commission, [Kpi.BotSuccessRate] = success },
            new Dictionary<string, double?>(),
            new Dictionary<string, KpiTarget> { [Kpi.BotSuccessRate] = new(0.94, successStatus) });

    private IRenderedComponent<LocationComparison> RenderTable() =>
        Render<LocationComparison>(p => p.Add(c => c.Rows, Rows).Add(c => c.LinkFor, id => $"/?location_id={id}&timeframe=7d"));

    private static IReadOnlyList<string> Names(IRenderedComponent<LocationComparison> cut) =>
        [.. cut.FindAll("[data-testid='location-comparison-table'] tbody tr td:first-child a").Select(a => a.TextContent)];

    [Fact]
    public void Table_ByName_OneRowPerOfficeWithItsNumbers()
    {
        var cut = RenderTable();

        Assert.Equal(["Berlin", "Los Angeles", "New York"], Names(cut));
        Assert.Equal("120", cut.Find("[data-testid='location-la-total_leads']").TextContent.Trim());
        Assert.Equal("$90,000", cut.Find("[data-testid='location-ny-jorge_commission']").TextContent.Trim());
        Assert.Equal("–", cut.Find("[data-testid='location-berlin-bot_success_rate']").TextContent.Trim());
    }

    [Fact]
    public void ColumnHeader_Clicked_SortsAscendingThenDescending()
    {
        var cut = RenderTable();

        cut.Find("[data-testid='sort-total_leads']").Click();
        Assert.Equal(["New York", "Berlin", "Los Angeles"], Names(cut));
        cut.Find("[data-testid='sort-total_leads']").Click();
        Assert.Equal(["Los Angeles", "Berlin", "New York"], Names(cut));
    }

    [Fact]
    public void RateColumn_Sorted_PutsOfficesWithNothingToMeasureFirstAscending()
    {
        var cut = RenderTable();

        cut.Find("[data-testid='sort-bot_success_rate']").Click();

        Assert.Equal(["Berlin", "Los Angeles", "New York"], Names(cut));
    }

    [Fact]
    public void Row_LinksToThatOfficesDashboard()
    {
        var cut = RenderTable();

        Assert.Equal("/?location_id=la&timeframe=7d", cut.Find("[data-testid='location-row-la'] a").GetAttribute("href"));
    }

    [Fact]
    public void Cells_JudgedAgainstTheirTarget_AreToned()
    {
        var cut = RenderTable();

        Assert.Contains("tone-good", cut.Find("[data-testid='location-ny-bot_success_rate']").ClassList);
        Assert.Contains("tone-bad", cut.Find("[data-testid='location-la-bot_success_rate']").ClassList);
        Assert.DoesNotContain("tone-good", cut.Find("[data-testid='location-ny-total_leads']").ClassList);
    }
}
