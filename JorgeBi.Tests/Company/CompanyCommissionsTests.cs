using JorgeBi.Core.Commissions;
using JorgeBi.Core.Company;

namespace JorgeBi.Tests.Company;

/// <summary>The commission statement of all locations over <see cref="TwoZoneRevenue"/>: each office's own week, listed and summed.</summary>
public sealed class CompanyCommissionsTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    private async Task<(TwoZoneRevenue Fixture, CommissionStatement Statement)> SevenDaysAsync(string prefix)
    {
        var f = new TwoZoneRevenue(prefix);
        await f.SeedAsync(db.DataSource);
        return (f, await CompanyCommissions.ForPeriodAsync(TwoZoneRevenue.Commissions(db.DataSource), f.Members("7d")));
    }

    [Fact]
    public async Task SevenDays_ListsEveryOfficesDealsNewestFirst_EachNamingItsOffice_TotalsSummed()
    {
        var (f, s) = await SevenDaysAsync("cstm");
        var (la, ny) = (f.Offices.LosAngeles.LocationId, f.Offices.NewYork.LocationId);

        // Jul 1 05:00 UTC (New York), Jul 1 04:00 (Los Angeles), Jun 28 16:00 (New York), Jun 26 22:00 (Los Angeles).
        Assert.Equal(
            [(ny, "ny-deal-a", 10_000m), (la, "la-deal-a", 30_000m), (ny, "ny-deal-c", 5_000m), (la, "la-deal-b", 12_000m)],
            s.Deals.Select(d => (d.LocationId, d.DealId, d.Commission)));
        Assert.Equal([0.05m, 0.06m, 0.05m, 0.06m], s.Deals.Select(d => d.CommissionRate));
        Assert.Equal(new CommissionTotals(4, 1_000_000, 57_000), s.Totals);
    }

    [Fact]
    public async Task MonthAndYearToDate_AreSumsAgainstTheSummedTargets_PacedByEachOfficesCalendar()
    {
        var (_, s) = await SevenDaysAsync("cpace");

        // Los Angeles' June (18,000 + 12,000 + 30,000) and New York's July (10,000), against 150,000 + 100,000.
        Assert.Equal((70_000m, 250_000m), (s.MonthToDate.Commission, s.MonthToDate.Target));
        Assert.Equal(70_000 / 250_000.0, s.MonthToDate.Progress!.Value, 12);
        var laMonth = (29 * 24 + 22.5) / (30 * 24);
        var nyMonth = 1.5 / (31 * 24);
        Assert.Equal((150_000 * laMonth + 100_000 * nyMonth) / 250_000, s.MonthToDate.Elapsed, 12);

        // 2026: Los Angeles 6,000 + 12,000 + 60,000; New York 5,000 + 5,000 + 10,000; twelve months of each target.
        Assert.Equal((98_000m, 3_000_000m), (s.YearToDate.Commission, s.YearToDate.Target));
        var laYear = (180 * 24 + 22.5) / (365 * 24);
        var nyYear = (181 * 24 + 1.5) / (365 * 24);
        Assert.Equal((1_800_000 * laYear + 1_200_000 * nyYear) / 3_000_000, s.YearToDate.Elapsed, 12);
    }
}
