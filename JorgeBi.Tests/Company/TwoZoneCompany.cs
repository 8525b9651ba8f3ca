using Dapper;
using JorgeBi.Core.Company;
using JorgeBi.Core.Kpis;
using Npgsql;

namespace JorgeBi.Tests.Company;

/// <summary>
/// Two offices three hours apart, hand-written: Los Angeles (6 %, target 150,000) and New York
/// (5 %, target 100,000). "Now" is Tuesday 2026-06-30 22:30 in Los Angeles, which is already
/// Wednesday 2026-07-01 01:30 in New York: the offices' "today" and "this month" differ.
///
/// Los Angeles, local times. Leads: la-1 Jun 24 00:30 (first contact after 5.25 s), la-2
/// Jun 23 23:30, la-3 Jun 30 22:00 (first contact after 100.5 s). Interactions (seller): those
/// two at 10 ms and success, two more at 10 ms and success and one failure at 200 ms on Jun 28
/// 10:00. Closed Jun 30 21:00 at 500,000 (commission 30,000). Open: an offer of 300,000 since
/// Jun 26.
///
/// New York, local times. Leads: ny-1 Jul 1 00:30 (first contact after 5.75 s), ny-2 Jun 24
/// 23:30. Interactions (intent decoder, 20 ms, success): ny-1's and 14 more on Jun 28 12:00.
/// Closed Jul 1 01:00 at 200,000 (10,000) and Jun 28 12:00 at 100,000 (5,000). Open: a showing
/// of 200,000 since Jun 26.
/// </summary>
public sealed class TwoZoneCompany
{
    public static readonly DateTimeOffset Now = new(2026, 6, 30, 22, 30, 0, TimeSpan.FromHours(-7));

    public TwoZoneCompany(string prefix)
    {
        LosAngeles = new LocationInfo(prefix + "-la", "Los Angeles", "America/Los_Angeles", 0.06m, 150_000m);
        NewYork = new LocationInfo(prefix + "-ny", "New York", "America/New_York", 0.05m, 100_000m);
    }

    public LocationInfo LosAngeles { get; }
    public LocationInfo NewYork { get; }

    /// <summary>Both offices over a named timeframe, each resolved in its own zone at <see cref="Now"/>.</summary>
    public IReadOnlyList<LocationPeriod> Members(string timeframe) =>
        [.. new[] { LosAngeles, NewYork }.Select(l => new LocationPeriod(l, Timeframes.Resolve(timeframe, l.LocalNow(Now))))];

    /// <summary>The two offices with their zones, rates and targets, before any event.</summary>
    public async Task CreateAsync(NpgsqlDataSource db)
    {
        await using var conn = await db.OpenConnectionAsync();
        foreach (var l in new[] { LosAngeles, NewYork })
        {
            await conn.ExecuteAsync(
                "insert into location (location_id, name, time_zone, commission_rate, monthly_commission_target) values (@LocationId, @Name, @TimeZone, @CommissionRate, @MonthlyCommissionTarget)",
                l);
        }
    }

    public async Task SeedAsync(NpgsqlDataSource db)
    {
        await CreateAsync(db);

        var la = new FixtureEvents(LosAngeles.LocationId, LosAngeles.TimeZone);
        la.Lead(new(2026, 6, 24, 0, 30, 0), id: "la-1");
        la.Interaction(new(2026, 6, 24, 0, 30, 5, 250), ms: 10, lead: "la-1");
        la.Lead(new(2026, 6, 23, 23, 30, 0), id: "la-2");
        la.Lead(new(2026, 6, 30, 22, 0, 0), id: "la-3");
        la.Interaction(new(2026, 6, 30, 22, 1, 40, 500), ms: 10, lead: "la-3");
        la.Interaction(new(2026, 6, 28, 10, 0, 0), ms: 10);
        la.Interaction(new(2026, 6, 28, 10, 0, 0), ms: 10);
        la.Interaction(new(2026, 6, 28, 10, 0, 0), ms: 200, success: false);
        la.Closed(new(2026, 6, 30, 21, 0, 0), 500_000m);
        la.StageChanged(new(2026, 6, 26, 9, 0, 0), "la-open", "offer", 300_000m);
        await la.IngestAsync(db);

        var ny = new FixtureEvents(NewYork.LocationId, NewYork.TimeZone);
        ny.Lead(new(2026, 7, 1, 0, 30, 0), id: "ny-1");
        ny.Interaction(new(2026, 7, 1, 0, 30, 5, 750), bot: "intent-decoder", ms: 20, lead: "ny-1");
        ny.Lead(new(2026, 6, 24, 23, 30, 0), id: "ny-2");
        for (var i = 0; i < 14; i++) ny.Interaction(new(2026, 6, 28, 12, 0, 0), bot: "intent-decoder", ms: 20);
        ny.Closed(new(2026, 7, 1, 1, 0, 0), 200_000m);
        ny.Closed(new(2026, 6, 28, 12, 0, 0), 100_000m);
        ny.StageChanged(new(2026, 6, 26, 9, 0, 0), "ny-open", "shown", 200_000m);
        await ny.IngestAsync(db);
    }

    /// <summary>The company service as DI wires it, over the test database, at <see cref="Now"/>.</summary>
    public static CompanyKpiService Service(NpgsqlDataSource db) => Services.CompanyKpis(db, new ManualClock(Now));
}
