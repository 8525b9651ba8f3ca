using JorgeBi.Core.Company;
using JorgeBi.Core.Insights;

namespace JorgeBi.Tests.Company;

/// <summary>The insights of <see cref="TwoZoneCompany"/> together: each office's findings, titled with the office, most relevant first.</summary>
public sealed class CompanyInsightsTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task List_TwoOffices_IsEachOfficesOwnFindingsTitledWithIt_MostRelevantFirst()
    {
        var f = new TwoZoneCompany("ins-all");
        await f.SeedAsync(db.DataSource);
        var service = Services.Insights(db.DataSource, new ManualClock(TwoZoneCompany.Now));

        var all = await CompanyInsights.ListAsync(service, f.Members("7d"), null, 0, 10);
        var la = (await service.ListAsync(f.LosAngeles.LocationId))!;
        var ny = (await service.ListAsync(f.NewYork.LocationId))!;

        var expected = la.Select(i => (i.RelevanceScore, Title: "Los Angeles: " + i.Title))
            .Concat(ny.Select(i => (i.RelevanceScore, Title: "New York: " + i.Title)))
            .OrderByDescending(i => i.RelevanceScore).Select(i => i.Title);
        Assert.Equal(expected, all.Select(i => i.Title));
        // Los Angeles' June: 30,000 with 97 % of the month gone, far from 150,000. New York's July
        // is 1.5 hours old, too young to project: no such finding of New York.
        var shortfall = Assert.Single(all, i => i.InsightType == InsightTypes.CommissionForecastShortfall);
        Assert.Equal("Los Angeles: This month's commission is on course to miss the target", shortfall.Title);
        Assert.Equal(30_000, shortfall.Evidence["month_to_date_commission"]);
        Assert.Equal(150_000, shortfall.Evidence["monthly_target"]);
    }

    [Fact]
    public async Task List_TypesAndLimit_ApplyToTheCompanysList()
    {
        var f = new TwoZoneCompany("ins-types");
        await f.SeedAsync(db.DataSource);
        var service = Services.Insights(db.DataSource, new ManualClock(TwoZoneCompany.Now));

        var shortfalls = await CompanyInsights.ListAsync(service, f.Members("7d"), [InsightTypes.CommissionForecastShortfall], 0, 10);
        var one = await CompanyInsights.ListAsync(service, f.Members("7d"), null, 0, 1);

        Assert.Equal([InsightTypes.CommissionForecastShortfall], shortfalls.Select(i => i.InsightType));
        var most = (await CompanyInsights.ListAsync(service, f.Members("7d"), null, 0, 10))[0];
        Assert.Equal([most.Title], one.Select(i => i.Title));
    }
}
