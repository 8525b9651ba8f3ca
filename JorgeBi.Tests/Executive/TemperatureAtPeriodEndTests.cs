using JorgeBi.Core.Kpis;
using JorgeBi.Data.Kpis;

namespace JorgeBi.Tests.Executive;

/// <summary>
/// Leads by temperature at the end of periods that hold whole calendar months, whose rows are
/// monthly (sql/0017), against hand-computed counts: scorings after the end of the creation
/// month, before and after the period's end, and an epoch ending exactly at the month's end.
/// </summary>
public sealed class TemperatureAtPeriodEndTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    private static readonly DateTime Jan1 = new(2026, 1, 1);
    private static readonly DateTime Dec15 = new(2025, 12, 15);

    public static TheoryData<DateTime, DateTime, string> Periods => new()
    {
        // January whole; b's hot began at the start of February, the end.
        { Jan1, new(2026, 2, 1), "hot=2 unknown=1" },
        // January whole and February 1-9: d is hot, a still hot.
        { Jan1, new(2026, 2, 10), "hot=3 unknown=1" },
        // a's scoring of February 10 holds from the 11th.
        { Jan1, new(2026, 2, 11), "cold=1 hot=2 unknown=1" },
        // January and February whole, March 1-4: a is cold until its scoring of March 5.
        { Jan1, new(2026, 3, 5), "cold=1 hot=2 unknown=1" },
        { Jan1, new(2026, 3, 6), "hot=2 unknown=1 warm=1" },
        // December 15-31 as days (e, cold since January 3), January and February as months.
        { Dec15, new(2026, 3, 6), "cold=1 hot=2 unknown=1 warm=1" },
    };

    [Theory]
    [MemberData(nameof(Periods))]
    public async Task LeadsByTemperature_PeriodWithWholeMonths_CountsEachLeadAtItsTemperatureAtTheEnd(DateTime start, DateTime end, string expected)
    {
        var info = await SeedAsync($"temperature-months-{start:MMdd}-{end:MMdd}");

        var kpis = await new KpiQueries(db.DataSource).ReadAsync(info, new Period(start, end));

        Assert.Equal(expected, string.Join(' ', kpis.LeadsByTemperature.OrderBy(t => t.Key).Select(t => $"{t.Key}={t.Value}")));
    }

    [Fact]
    public async Task LeadsByTemperature_EveryEndFromJanuaryToMarch_EqualsTheCountFromTheFacts()
    {
        var info = await SeedAsync("temperature-months-facts");

        for (var end = new DateTime(2026, 1, 25); end <= new DateTime(2026, 3, 10); end = end.AddDays(1))
        {
            foreach (var start in new[] { Jan1, Dec15 })
            {
                var period = new Period(start, end);
                var fromRollups = await new KpiQueries(db.DataSource).ReadAsync(info, period);
                var fromFacts = await new FactKpiQueries(db.DataSource).ReadAsync(info, period);
                Assert.Equal(fromFacts.LeadsByTemperature.OrderBy(t => t.Key), fromRollups.LeadsByTemperature.OrderBy(t => t.Key));
            }
        }
    }

    private async Task<LocationInfo> SeedAsync(string location)
    {
        var f = new FixtureEvents(location);
        var a = f.Lead(new(2026, 1, 10, 10, 0, 0));
        f.Scored(new(2026, 1, 12, 9, 0, 0), a, "hot");
        f.Scored(new(2026, 2, 10, 9, 0, 0), a, "cold");
        f.Scored(new(2026, 3, 5, 9, 0, 0), a, "warm");
        // Warm from January 26 until the last evening of January, when it turned hot.
        var b = f.Lead(new(2026, 1, 20, 10, 0, 0));
        f.Scored(new(2026, 1, 25, 9, 0, 0), b, "warm");
        f.Scored(new(2026, 1, 31, 23, 30, 0), b, "hot");
        f.Lead(new(2026, 1, 31, 12, 0, 0));
        var d = f.Lead(new(2026, 2, 3, 10, 0, 0));
        f.Scored(new(2026, 2, 4, 9, 0, 0), d, "hot");
        var e = f.Lead(new(2025, 12, 30, 10, 0, 0));
        f.Scored(new(2026, 1, 2, 9, 0, 0), e, "cold");
        await new AppliedEventStore(db.DataSource).IngestAsync(f.Events);
        return (await new LocationQueries(db.DataSource).FindAsync(location))!;
    }
}
