using Dapper;
using JorgeBi.Core.Kpis;
using static JorgeBi.Tests.Support.TrendAssertions;

namespace JorgeBi.Tests.Executive;

/// <summary>
/// A Kolkata office (UTC+05:30, no daylight saving) at a 5 % rate, against hand-computed KPIs:
/// its local days start at 18:30 UTC and its local hours at half past the UTC hour, so a
/// local hour holds minutes of two UTC hours.
/// </summary>
public sealed class HalfHourZoneKpiTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Kolkata_ExplicitDate_LocalDayStartsAt1830Utc()
    {
        var f = await SeedAsync("ist-day");
        var service = Services.Executive(db.DataSource, new ManualClock(new(2026, 6, 20, 12, 0, 0, TimeSpan.FromHours(5.5))));

        var k = (await service.GetAsync(f.Location, Timeframes.Between(new DateOnly(2026, 6, 15), new DateOnly(2026, 6, 15))))!;

        // Jun 15 IST is [Jun 14 18:30Z, Jun 15 18:30Z): 00:00, 00:15, 00:45, 12:29. Jun 14 IST: 12:59, 13:00, 23:59.
        Assert.Equal(4, k.Metrics[Kpi.TotalLeads]);
        Assert.Equal(3, k.Previous[Kpi.TotalLeads]);
        // 200,000 at 00:10 IST on Jun 15 (18:40Z on Jun 14) at the location's 5 %; 100,000 the evening before.
        Assert.Equal(200_000, k.Metrics[Kpi.Revenue]);
        Assert.Equal(10_000, k.Metrics[Kpi.JorgeCommission]);
        Assert.Equal(100_000, k.Previous[Kpi.Revenue]);
        Assert.Equal(100, k.Comparisons[Kpi.Revenue]);
        // The 00:00 IST bucket is [18:30Z, 19:30Z): 00:00, 00:15 and 00:45, across the 19:00Z boundary.
        Assert.Equal(new DateTime(2026, 6, 15, 0, 0, 0), k.Trends[Kpi.TotalLeads][0].PeriodStart);
        Assert.Equal(3, k.Trends[Kpi.TotalLeads][0].Value);
        Assert.Equal(1, k.Trends[Kpi.TotalLeads][12].Value);
        AssertSumsToTotals(k);
    }

    [Fact]
    public async Task Kolkata24h_EndsWithTheCurrentLocalHourAtHalfPastUtc()
    {
        var f = await SeedAsync("ist-24h");
        // 12:40 IST on Jun 15 (07:10Z): the period is [Jun 14 13:00, Jun 15 13:00) IST = [Jun 14 07:30Z, Jun 15 07:30Z).
        var service = Services.Executive(db.DataSource, new ManualClock(new(2026, 6, 15, 12, 40, 0, TimeSpan.FromHours(5.5))));

        var k = (await service.GetAsync(f.Location, "24h"))!;

        // 13:00, 23:59 on Jun 14; 00:00, 00:15, 00:45, 12:29 on Jun 15. Before: 12:59 on Jun 14.
        Assert.Equal(6, k.Metrics[Kpi.TotalLeads]);
        Assert.Equal(1, k.Previous[Kpi.TotalLeads]);
        Assert.Equal(300_000, k.Metrics[Kpi.Revenue]);
        Assert.Equal(15_000, k.Metrics[Kpi.JorgeCommission]);
        var start = new DateTime(2026, 6, 14, 13, 0, 0);
        Assert.Equal(Enumerable.Range(0, 24).Select(h => start.AddHours(h)), k.Trends[Kpi.TotalLeads].Select(p => p.PeriodStart));
        Assert.Equal(3, k.Trends[Kpi.TotalLeads][11].Value);   // Jun 15 00:00 IST
        AssertSumsToTotals(k);
    }

    /// <summary>The location is created with its zone before its first event, as an operator would.</summary>
    private async Task<FixtureEvents> SeedAsync(string location)
    {
        await using (var conn = await db.DataSource.OpenConnectionAsync())
        {
            await conn.ExecuteAsync(
                "insert into location (location_id, name, time_zone, commission_rate) values (@location, 'Kolkata', 'Asia/Kolkata', 0.05)",
                new { location });
        }
        var f = new FixtureEvents(location, "Asia/Kolkata");
        f.Lead(new(2026, 6, 14, 12, 59, 0));             // 07:29Z
        f.Lead(new(2026, 6, 14, 13, 0, 0));              // 07:30Z
        f.Lead(new(2026, 6, 14, 23, 59, 0));             // 18:29Z
        f.Lead(new(2026, 6, 15, 0, 0, 0));               // 18:30Z on Jun 14
        f.Lead(new(2026, 6, 15, 0, 15, 0));              // 18:45Z
        f.Lead(new(2026, 6, 15, 0, 45, 0));              // 19:15Z
        f.Lead(new(2026, 6, 15, 12, 29, 0));             // 06:59Z
        f.Lead(new(2026, 6, 16, 0, 0, 0));               // 18:30Z on Jun 15
        f.Closed(new(2026, 6, 14, 23, 50, 0), 100_000m);
        f.Closed(new(2026, 6, 15, 0, 10, 0), 200_000m);
        await f.IngestAsync(db.DataSource);
        return f;
    }
}
