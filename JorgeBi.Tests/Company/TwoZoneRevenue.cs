using Dapper;
using JorgeBi.Core.Commissions;
using JorgeBi.Core.Company;
using JorgeBi.Core.Kpis;
using JorgeBi.Core.Revenue;
using JorgeBi.Data.Commissions;
using JorgeBi.Data.Events;
using JorgeBi.Data.Kpis;
using JorgeBi.Tests.Revenue;
using Npgsql;

namespace JorgeBi.Tests.Company;

/// <summary>
/// Sales, spend and open deals of two offices three hours apart, hand-written, at the "now" of
/// <see cref="TwoZoneCompany"/> (Tuesday 2026-06-30 22:30 in Los Angeles, already Wednesday
/// 2026-07-01 01:30 in New York). Los Angeles earns 6 % (target 150,000), New York 5 % (100,000).
/// Over 7d, Los Angeles reads Jun 24-30 and New York Jun 25-Jul 1.
///
/// Los Angeles, local times (PDT). Leads: la-a zillow Jun 24 09:00, la-b referral Jun 26 10:00,
/// la-c zillow Jun 23 12:00. Closed: la-a 500,000 Jun 30 21:00 by agent-a (30,000), la-b 200,000
/// Jun 26 15:00 by agent-b (12,000), la-c 300,000 Jun 20 (18,000, the previous week), and without a
/// lead 100,000 on Apr 15 (6,000) and 200,000 on May 15 (12,000). Spend for June: zillow 3,000,
/// referral 600. Open: an offer of 300,000 expected Jul 15; a showing of 100,000 expected Jun 30
/// (today: not overdue); a showing of 400,000 expected Sep 28 (beyond its horizon, which ends then).
///
/// New York, local times (EDT). Leads: ny-a zillow Jul 1 00:30, ny-c referral Jun 28 09:00,
/// ny-b zillow Jun 24 23:30 (outside New York's week, though inside Los Angeles'). Closed: ny-a
/// 200,000 Jul 1 01:00 by agent-a (10,000), ny-c 100,000 Jun 28 12:00 by agent-c (5,000), and
/// without a lead 100,000 on May 15 (5,000). Spend: zillow 1,500 for June and 3,100 for July.
/// Open: an offer of 200,000 expected Jul 20; a showing of 100,000 expected Jun 30 (yesterday:
/// overdue); a showing of 400,000 expected Sep 28 (the last day of its horizon).
/// </summary>
public sealed class TwoZoneRevenue
{
    public TwoZoneRevenue(string prefix) => Offices = new TwoZoneCompany(prefix);

    public TwoZoneCompany Offices { get; }

    public async Task SeedAsync(NpgsqlDataSource db)
    {
        await using (var conn = await db.OpenConnectionAsync())
        {
            foreach (var l in new[] { Offices.LosAngeles, Offices.NewYork })
            {
                await conn.ExecuteAsync(
                    "insert into location (location_id, name, time_zone, commission_rate, monthly_commission_target) values (@LocationId, @Name, @TimeZone, @CommissionRate, @MonthlyCommissionTarget)",
                    l);
            }
        }

        static DateTimeOffset La(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(-7));
        static DateTimeOffset Ny(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(-4));

        var la = new RevenueEvents(Offices.LosAngeles.LocationId)
            .Lead("la-a", "zillow", La(6, 24, 9)).Lead("la-b", "referral", La(6, 26, 10)).Lead("la-c", "zillow", La(6, 23, 12))
            .Close("la-a", "la-deal-a", 500_000m, La(6, 30, 21), agent: "agent-a")
            .Close("la-b", "la-deal-b", 200_000m, La(6, 26, 15), agent: "agent-b")
            .Close("la-c", "la-deal-c", 300_000m, La(6, 20, 12), agent: "agent-b")
            .Close("la-old", "la-deal-apr", 100_000m, La(4, 15, 12))
            .Close("la-old", "la-deal-may", 200_000m, La(5, 15, 12))
            .Spend("zillow", 3_000m, "2026-06", La(6, 1, 9))
            .Spend("referral", 600m, "2026-06", La(6, 1, 9))
            .Stage("la-o1", "la-offer", "offer", 300_000m, La(6, 26, 9), expectedClose: new(2026, 7, 15))
            .Stage("la-o2", "la-due", "shown", 100_000m, La(6, 26, 9), expectedClose: new(2026, 6, 30))
            .Stage("la-o3", "la-late", "shown", 400_000m, La(6, 26, 9), expectedClose: new(2026, 9, 28));
        var ny = new RevenueEvents(Offices.NewYork.LocationId)
            .Lead("ny-a", "zillow", Ny(7, 1, 0, 30)).Lead("ny-c", "referral", Ny(6, 28, 9)).Lead("ny-b", "zillow", Ny(6, 24, 23, 30))
            .Close("ny-a", "ny-deal-a", 200_000m, Ny(7, 1, 1), agent: "agent-a")
            .Close("ny-c", "ny-deal-c", 100_000m, Ny(6, 28, 12), agent: "agent-c")
            .Close("ny-old", "ny-deal-may", 100_000m, Ny(5, 15, 12))
            .Spend("zillow", 1_500m, "2026-06", Ny(6, 1, 9))
            .Spend("zillow", 3_100m, "2026-07", Ny(6, 1, 9))
            .Stage("ny-o1", "ny-offer", "offer", 200_000m, Ny(6, 26, 9), expectedClose: new(2026, 7, 20))
            .Stage("ny-o2", "ny-due", "shown", 100_000m, Ny(6, 26, 9), expectedClose: new(2026, 6, 30))
            .Stage("ny-o3", "ny-late", "shown", 400_000m, Ny(6, 26, 9), expectedClose: new(2026, 9, 28));
        await new AppliedEventStore(db).IngestAsync([.. la.Events, .. ny.Events]);
    }

    /// <summary>The revenue service as DI wires it, over the test database, at <see cref="TwoZoneCompany.Now"/>.</summary>
    public static RevenueIntelligenceService Revenue(NpgsqlDataSource db) => RevenueHarness.Service(db, TwoZoneCompany.Now);

    /// <summary>The commission statements as DI wires them, over the test database, at <see cref="TwoZoneCompany.Now"/>.</summary>
    public static CommissionService Commissions(NpgsqlDataSource db) =>
        new(new ClosedDealQueries(db), new KpiQueries(db), new ManualClock(TwoZoneCompany.Now));

    public IReadOnlyList<LocationPeriod> Members(string timeframe) => Offices.Members(timeframe);
}
