using Bunit;
using JorgeBi.Core.Revenue;
using JorgeBi.Web.Components.Pages.Revenue;

namespace JorgeBi.Tests.Web.Revenue;

public sealed class RevenueKpisTests : MudTestContext
{
    [Fact]
    public void Cards_ShowCurrentPreviousAndChange()
    {
        var summary = SummaryMetrics.From(new SalesTotals(2, 1_476_000m, 88_560m), new SalesTotals(1, 738_000m, 44_280m));

        var cut = Render<RevenueKpis>(p => p.Add(c => c.Summary, summary));

        Assert.Equal("$1,476,000", cut.Find("[data-testid='kpi-revenue']").TextContent);
        Assert.Equal("$88,560", cut.Find("[data-testid='kpi-jorge_commission']").TextContent);
        Assert.Equal("2", cut.Find("[data-testid='kpi-deals_closed']").TextContent);
        Assert.Equal("$738,000", cut.Find("[data-testid='kpi-avg_deal_size']").TextContent);
        Assert.Equal("+100.0 %", cut.Find("[data-testid='kpi-revenue-change']").TextContent);
        Assert.Contains("$738,000", cut.Find("[data-testid='kpi-revenue-previous']").TextContent);
    }

    [Fact]
    public void EmptyPreviousPeriod_ChangeIsDash()
    {
        var summary = SummaryMetrics.From(new SalesTotals(1, 500_000m, 30_000m), new SalesTotals(0, 0m, 0m));

        var cut = Render<RevenueKpis>(p => p.Add(c => c.Summary, summary));

        Assert.Equal("–", cut.Find("[data-testid='kpi-revenue-change']").TextContent);
        Assert.Contains("–", cut.Find("[data-testid='kpi-avg_deal_size-previous']").TextContent);
    }
}
