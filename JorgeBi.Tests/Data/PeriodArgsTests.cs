using Dapper;
using JorgeBi.Core.Kpis;
using JorgeBi.Data;

namespace JorgeBi.Tests.Data;

public sealed class PeriodArgsTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    [Theory]
    [InlineData(DateTimeKind.Unspecified)]
    [InlineData(DateTimeKind.Utc)]
    [InlineData(DateTimeKind.Local)]
    public async Task For_BoundsOfAnyKind_ReachSqlAsTheSameLocalWallClock(DateTimeKind kind)
    {
        var period = new Period(new DateTime(2026, 3, 8, 0, 0, 0, kind), new DateTime(2026, 3, 9, 0, 0, 0, kind));
        var location = new LocationInfo("default", "Jorge Real Estate", "America/Los_Angeles", 0.06m, 150000m);
        await using var conn = await db.DataSource.OpenConnectionAsync();
        // A session zone far from UTC: a bound sent as timestamptz would come out shifted.
        await conn.ExecuteAsync("set time zone 'Asia/Kolkata'");

        var bounds = await conn.QuerySingleAsync<Bounds>(
            "select @start::timestamp::text as start, (@end::timestamp at time zone 'America/Los_Angeles')::text as endat, @daily as daily",
            PeriodArgs.For(location, period));

        Assert.Equal("2026-03-08 00:00:00", bounds.Start);
        Assert.Equal("2026-03-09 12:30:00+05:30", bounds.EndAt);
        Assert.True(bounds.Daily);
    }

    private sealed record Bounds(string Start, string EndAt, bool Daily);
}
