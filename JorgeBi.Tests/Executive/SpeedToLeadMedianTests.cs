using JorgeBi.Core.Kpis;
using JorgeBi.Core.Company;
using JorgeBi.Data.Kpis;

namespace JorgeBi.Tests.Executive;

/// <summary>
/// The exact median speed to lead when many leads fall in one whole second: it is found through
/// the millisecond within the second and an ordered read of that millisecond's leads, for
/// periods of whole hours (24h) and of whole days alike, and for several locations together,
/// against hand-computed values.
/// </summary>
public sealed class SpeedToLeadMedianTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    private static readonly DateTime Day = new(2026, 6, 10);

    [Theory]
    // 0.3, 0.5, 0.5 | 1.2 ms, 900 ms, 2.5 s: the middle two lie in milliseconds 0 and 1.
    [InlineData("median-across-ms", new[] { 0.3, 0.5, 0.5, 1.2, 900, 2500 }, 0.00085)]
    // 0.5, 0.5, 1.2 | 1.9, 900, 2.5 s: both middle values in millisecond 1.
    [InlineData("median-within-ms", new[] { 0.5, 0.5, 1.2, 1.9, 900, 2500 }, 0.00155)]
    // Odd count: the 4th of 0.3, 0.5, 0.5, 1.2, 1.9, 900 ms, 2.5 s.
    [InlineData("median-odd", new[] { 0.3, 0.5, 0.5, 1.2, 1.9, 900, 2500 }, 0.0012)]
    // Ties: the middle two are the same 0.5 ms.
    [InlineData("median-tie", new[] { 0.3, 0.5, 0.5, 0.5 }, 0.0005)]
    public async Task SpeedToLead_ManyLeadsInOneSecond_IsTheExactMedianForHoursAndDays(string location, double[] speedsMs, double expectedSeconds)
    {
        var info = await SeedAsync(location, speedsMs);
        var source = new KpiQueries(db.DataSource);

        var hours = await source.ReadAsync(info, new Period(Day.AddHours(9), Day.AddHours(11)));
        var days = await source.ReadAsync(info, new Period(Day, Day.AddDays(1)));

        Assert.Equal(expectedSeconds, hours.SpeedToLeadMedianSeconds!.Value, 1e-9);
        Assert.Equal(expectedSeconds, days.SpeedToLeadMedianSeconds!.Value, 1e-9);
    }

    [Theory]
    // 0.9 | 1.2, 1.5, 1.7 | 2.5 s: the 3rd, 2nd in second 1.
    [InlineData("median-long-odd", new[] { 900.0, 1200, 1500, 1700, 2500 }, 1.5)]
    // ... and 2.6 s: the 3rd and 4th, 1.5 and 1.7 s.
    [InlineData("median-long-even", new[] { 900.0, 1200, 1500, 1700, 2500, 2600 }, 1.6)]
    public async Task SpeedToLead_HalfAYear_IsTheExactMedianOfItsOwnLeadsAlone(string location, double[] speedsMs, double expectedSeconds)
    {
        var info = await SeedAsync(location, speedsMs);
        // Leads of the same second 300 days earlier, between the middle ones in speed: outside
        // both periods, they move neither median.
        var f = new FixtureEvents(location);
        foreach (var ms in new[] { 1100, 1300, 1400, 1600 })
        {
            var created = Day.AddDays(-300).AddHours(10).AddMinutes(ms / 100);
            f.Interaction(created.AddMilliseconds(ms), lead: f.Lead(created, id: $"earlier-{ms}"));
        }
        await f.IngestAsync(db.DataSource);
        var source = new KpiQueries(db.DataSource);

        var halfYear = await source.ReadAsync(info, new Period(Day, Day.AddDays(200)));
        var day = await source.ReadAsync(info, new Period(Day, Day.AddDays(1)));

        Assert.Equal(expectedSeconds, halfYear.SpeedToLeadMedianSeconds!.Value, 1e-9);
        Assert.Equal(expectedSeconds, day.SpeedToLeadMedianSeconds!.Value, 1e-9);
    }

    [Fact]
    public async Task CompanySpeedToLead_TwoLocationsSharingTheMiddleMillisecond_IsTheMedianOfTheMergedValues()
    {
        // Merged: 0.3, 0.5, 0.7 | 1.2, 1.4, 1.9 ms, 900 ms, 2.5 s: the 4th and 5th are 1.2 (a) and 1.4 ms (b).
        var a = await SeedAsync("company-speed-a", [0.3, 0.7, 1.2, 900]);
        var b = await SeedAsync("company-speed-b", [0.5, 1.4, 1.9, 2500]);
        var source = new SpeedToLeadQueries(db.DataSource);

        foreach (var period in new[] { new Period(Day.AddHours(9), Day.AddHours(11)), new Period(Day, Day.AddDays(1)) })
        {
            var median = await CompanySpeedToLead.MedianAsync(source, [new LocationPeriod(a, period), new LocationPeriod(b, period)]);

            Assert.Equal(0.0013, median!.Value, 1e-9);
        }
    }

    /// <summary>Leads created a minute apart from 10:00 on <see cref="Day"/>, answered after the given milliseconds, and one the day before.</summary>
    private async Task<LocationInfo> SeedAsync(string location, double[] speedsMs)
    {
        var f = new FixtureEvents(location);
        var created = Day.AddHours(10);
        for (var i = 0; i < speedsMs.Length; i++)
        {
            var lead = f.Lead(created.AddMinutes(i));
            f.Interaction(created.AddMinutes(i).AddTicks((long)(speedsMs[i] * TimeSpan.TicksPerMillisecond)), lead: lead);
        }
        // Outside both periods, in the same millisecond as the middle values: not counted.
        var before = f.Lead(Day.AddDays(-1).AddHours(10));
        f.Interaction(Day.AddDays(-1).AddHours(10).AddTicks(4 * TimeSpan.TicksPerMillisecond / 10), lead: before);
        await new AppliedEventStore(db.DataSource).IngestAsync(f.Events);
        return (await new LocationQueries(db.DataSource).FindAsync(location))!;
    }
}
