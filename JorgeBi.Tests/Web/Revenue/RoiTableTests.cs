using Bunit;
using JorgeBi.Core.Revenue;
using JorgeBi.Web.Components.Pages.Revenue;

namespace JorgeBi.Tests.Web.Revenue;

public sealed class RoiTableTests : MudTestContext
{
    private IRenderedComponent<RoiTable> RenderTable(params LeadSourceCost[] costs) => Render<RoiTable>(p => p.Add(c => c.Costs, costs));

    [Fact]
    public void Row_FormatsMoneyAndRoiAsPercent()
    {
        var cut = RenderTable(new LeadSourceCost("zillow", 120, 6_000m, 50m, 2, 44_280m, 6.38));

        Assert.Equal("$50", cut.Find("[data-testid='roi-zillow-cpl']").TextContent);
        Assert.Equal("638.0 %", cut.Find("[data-testid='roi-zillow-roi']").TextContent);
        Assert.Contains("$6,000", cut.Find("[data-testid='roi-zillow']").TextContent);
        Assert.Contains("$44,280", cut.Find("[data-testid='roi-zillow']").TextContent);
    }

    [Fact]
    public void NoSpendOrNoLeads_ShowsDashNotZero()
    {
        var cut = RenderTable(new LeadSourceCost("referral", 0, 0m, null, 1, 18_000m, null));

        Assert.Equal("–", cut.Find("[data-testid='roi-referral-cpl']").TextContent);
        Assert.Equal("–", cut.Find("[data-testid='roi-referral-roi']").TextContent);
    }

    [Fact]
    public void NegativeRoi_ShowsMinus()
    {
        var cut = RenderTable(new LeadSourceCost("facebook-ads", 80, 4_000m, 50m, 0, 0m, -1.0));

        Assert.Equal("-100.0 %", cut.Find("[data-testid='roi-facebook-ads-roi']").TextContent);
    }
}
