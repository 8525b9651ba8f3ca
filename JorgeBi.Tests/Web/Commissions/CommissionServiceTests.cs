using JorgeBi.Core.Commissions;
using JorgeBi.Data.Commissions;
using JorgeBi.Data.Kpis;
using JorgeBi.Tests.Revenue;

namespace JorgeBi.Tests.Web.Commissions;

/// <summary>The statement behind /commissions over the hand-built deals (see <see cref="HandBuiltDeals"/>), now May 10 2026.</summary>
public sealed class CommissionServiceTests(HandBuiltDeals deals) : IClassFixture<HandBuiltDeals>
{
    [Fact]
    public async Task Statement_Period_ListsItsClosedDealsWithSourceAndStoredRate()
    {
        var s = await StatementAsync();

        Assert.Equal(["deal-3", "deal-2", "deal-1"], s.Deals.Select(d => d.DealId));   // newest first
        var d3 = s.Deals[0];
        Assert.Equal(("lead-3", "agent-a", "referral"), (d3.LeadId, d3.AgentId, d3.Source));
        Assert.Equal((412_345.67m, 0.05m, 20_617.28m), (d3.SalePrice, d3.CommissionRate, d3.Commission));
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 6, 0, 0, TimeSpan.Zero), d3.ClosedAt);
    }

    [Fact]
    public async Task Statement_Totals_EqualTheSumsOfItsRows()
    {
        var s = await StatementAsync();

        Assert.Equal(new CommissionTotals(3, 1_650_345.67, 94_897.28), s.Totals);
        Assert.Equal((double)s.Deals.Sum(d => d.Commission), s.Totals.Commission, 2);
    }

    [Fact]
    public async Task Statement_MonthAndYearToDate_AgainstMonthlyTargetAndTwelveOfThem()
    {
        var s = await StatementAsync();

        // May: deal-5 ($100,000 at 6 %). 2026: deals 1-5.
        Assert.Equal(6_000m, s.MonthToDate.Commission);
        Assert.Equal(150_000m, s.MonthToDate.Target);
        Assert.Equal(0.04, s.MonthToDate.Progress!.Value, 6);
        Assert.Equal(118_897.28m, s.YearToDate.Commission);
        Assert.Equal(1_800_000m, s.YearToDate.Target);
        Assert.Equal((double)(118_897.28m / 1_800_000m), s.YearToDate.Progress!.Value, 6);
        Assert.InRange(s.MonthToDate.Elapsed, 0.3, 0.33);                // May 10, noon local
        Assert.InRange(s.YearToDate.Elapsed, 0.35, 0.36);
    }

    private async Task<CommissionStatement> StatementAsync()
    {
        var db = deals.Db.DataSource;
        var location = (await new LocationQueries(db).FindAsync(HandBuiltDeals.Location))!;
        var service = new CommissionService(new ClosedDealQueries(db), new KpiQueries(db), new ManualClock(HandBuiltDeals.Now));
        return await service.ForPeriodAsync(location, HandBuiltDeals.Period);
    }
}
