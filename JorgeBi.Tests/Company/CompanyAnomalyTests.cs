using JorgeBi.Core.Insights;
using JorgeBi.Core.Kpis;
using JorgeBi.Data.Kpis;

namespace JorgeBi.Tests.Company;

/// <summary>
/// The company's own anomalies: Los Angeles gets 2 leads and New York 1 every local day from
/// May 20 to Jun 30 (noon), so the company makes 3 a day; four more New York leads come at
/// 00:30 on Jun 28 in New York, still 21:30 on Jun 27 in Los Angeles. "Now" is that of
/// <see cref="TwoZoneCompany"/>: 22:30 on Jun 30 in Los Angeles, 01:30 on Jul 1 in New York.
/// </summary>
public sealed class CompanyAnomalyTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Detect_TwoOffices_FlagsTheCompanysSpikeOnTheLocalDateItHappened()
    {
        var (la, ny) = await SeedAsync("an-sum");

        var report = await Service().DetectAsync([la, ny], "7d", sensitivity: 0.5);

        // Jun 28 is 2 + 1 + 4 = 7 against the 28 days before, all 3: MAD 0 and mean deviation 0,
        // so sigma is the 1 % floor, 0.03, and k = 3.5 gives 3 +/- 0.105. Added by UTC date or by
        // Los Angeles' date the four leads would have made Jun 27 the anomaly.
        var a = Assert.Single(report.Anomalies);
        Assert.Equal((new DateOnly(2026, 6, 28), Kpi.TotalLeads), (a.Date, a.Metric));
        Assert.Equal((7.0, 3.0, "above", "high"), (a.Value, a.Expected, a.Direction, a.Severity));
        Assert.Equal(2.895, a.Lower, 9);
        Assert.Equal(3.105, a.Upper, 9);
    }

    [Fact]
    public async Task Detect_SpikeOfOneOffice_IsTheCompanysOnlyWhereItMovesTheCompany()
    {
        var (la, ny) = await SeedAsync("an-office");

        var office = (await Service().DetectAsync(ny.LocationId, "7d", sensitivity: 0.5))!;
        var quiet = (await Service().DetectAsync(la.LocationId, "7d", sensitivity: 0.5))!;

        // New York alone: 5 against its usual 1.
        Assert.Equal((new DateOnly(2026, 6, 28), 5.0, 1.0), office.Anomalies.Select(x => (x.Date, x.Value, x.Expected)).Single());
        Assert.Empty(quiet.Anomalies);
    }

    [Fact]
    public async Task Detect_NoLocations_IsAnEmptyReport()
    {
        var report = await Service().DetectAsync([], "30d", sensitivity: 1.0);

        Assert.Empty(report.Anomalies);
        Assert.Equal(("30d", 1.0), (report.Timeframe, report.Sensitivity));
    }

    private AnomalyService Service() =>
        new(new TrendQueries(db.DataSource), new LocationQueries(db.DataSource), new ManualClock(TwoZoneCompany.Now));

    private async Task<(LocationInfo La, LocationInfo Ny)> SeedAsync(string prefix)
    {
        var offices = new TwoZoneCompany(prefix);
        await offices.CreateAsync(db.DataSource);
        var la = new FixtureEvents(offices.LosAngeles.LocationId, offices.LosAngeles.TimeZone);
        var ny = new FixtureEvents(offices.NewYork.LocationId, offices.NewYork.TimeZone);
        for (var day = new DateTime(2026, 5, 20, 12, 0, 0); day < new DateTime(2026, 7, 1); day = day.AddDays(1))
        {
            la.Lead(day);
            la.Lead(day);
            ny.Lead(day);
        }
        for (var i = 0; i < 4; i++) ny.Lead(new DateTime(2026, 6, 28, 0, 30, 0));
        await la.IngestAsync(db.DataSource);
        await ny.IngestAsync(db.DataSource);
        return (offices.LosAngeles, offices.NewYork);
    }
}
