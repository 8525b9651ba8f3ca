using JorgeBi.Core.Revenue;

namespace JorgeBi.Tests.Revenue;

/// <summary>Commission breakdowns of <see cref="HandBuiltDeals"/>, to the cent.</summary>
public sealed class RevenueBreakdownTests(HandBuiltDeals data) : IClassFixture<HandBuiltDeals>
{
    private const decimal TotalCommission = 30_000m + 44_280m + 20_617.28m;

    [Fact]
    public async Task Breakdown_BySource_SplitsCommissionOfHandBuiltDeals()
    {
        var breakdown = (await data.GetAsync(RevenueGroupBy.Source))!.CommissionBreakdown;

        Assert.Equal("source", breakdown.GroupBy);
        Assert.Equal(
            [
                new CommissionBreakdownRow("zillow", 2, 1_238_000m, 74_280m, (double)(74_280m / TotalCommission)),
                new CommissionBreakdownRow("referral", 1, 412_345.67m, 20_617.28m, (double)(20_617.28m / TotalCommission)),
            ],
            breakdown.Rows);
    }

    [Fact]
    public async Task Breakdown_ByBot_CreditsTheBotOfTheLeadsFirstConversation()
    {
        var rows = (await data.GetAsync(RevenueGroupBy.Bot))!.CommissionBreakdown.Rows;

        // lead-1 talked to jorge-seller first and jorge-buyer later: first touch wins.
        Assert.Equal(
            [("jorge-buyer", 44_280m), ("jorge-seller", 30_000m), (BreakdownRow.Unattributed, 20_617.28m)],
            rows.Select(r => (r.Key, r.Commission)));
        Assert.Equal(1.0, rows.Sum(r => r.CommissionShare!.Value), 12);
    }

    [Fact]
    public async Task Breakdown_ByAgent_GroupsByClosingAgent()
    {
        var rows = (await data.GetAsync(RevenueGroupBy.Agent))!.CommissionBreakdown.Rows;

        Assert.Equal(
            [("agent-a", 2L, 912_345.67m, 50_617.28m), ("agent-b", 1L, 738_000m, 44_280m)],
            rows.Select(r => (r.Key, r.Deals, r.Revenue, r.Commission)));
    }

    [Fact]
    public async Task CostPerSource_SpendOfHalfCoveredMonth_IsProratedToHalf()
    {
        var costs = (await data.GetAsync())!.CostPerSource;

        Assert.Equal(2, costs.Count);
        var zillow = costs[0];
        Assert.Equal(new LeadSourceCost("zillow", 2, 500m, 250m, 2, 74_280m, 147.56), zillow with { Roi = Math.Round(zillow.Roi!.Value, 10) });
        var referral = costs[1];
        // March spend is outside the period; April's $450 is half in it.
        Assert.Equal(("referral", 1L, 225m, (decimal?)225m, 1L, 20_617.28m), (referral.Source, referral.Leads, referral.Spend, referral.CostPerLead, referral.Deals, referral.Commission));
        Assert.Equal((20_617.28 - 225) / 225, referral.Roi!.Value, 10);
    }

    [Fact]
    public async Task GetAsync_UnknownLocation_ReturnsNull()
    {
        Assert.Null(await data.Service().GetAsync(new RevenueRequest("no-such-office")));
    }
}
