using JorgeBi.Core.Kpis;
using JorgeBi.Core.Revenue;
using JorgeBi.Data.Events;

namespace JorgeBi.Tests.Revenue;

/// <summary>
/// A Los Angeles location with numbers small enough to compute by hand, ingested once per
/// test class into its own database. Period: April 16-30 2026 (15 local days).
/// <list type="bullet">
/// <item>zillow: lead-1 (first bot jorge-seller), lead-2 (jorge-buyer); referral: lead-3 (no bot).</item>
/// <item>deal-1 $500,000 (agent-a) and deal-2 $738,000 (agent-b) at the default 6 %: $30,000 and $44,280.</item>
/// <item>deal-3 $412,345.67 at 5 % (agent-a), at 23:00 on April 30 local (May 1 in UTC): $20,617.28.</item>
/// <item>Previous period (April 1-15): deal-4 $300,000 from lead-4 (zillow, created April 5): $18,000.</item>
/// <item>Spend for April: zillow $1,000 and referral $450, half of each in the period; referral's
/// March spend is outside it.</item>
/// </list>
/// </summary>
public sealed class HandBuiltDeals : IAsyncLifetime
{
    public const string Location = "rev-hand";
    public static readonly Period Period = Timeframes.Between(new DateOnly(2026, 4, 16), new DateOnly(2026, 4, 30));
    public static readonly DateTimeOffset Now = new(2026, 5, 10, 19, 0, 0, TimeSpan.Zero);

    public TestDatabase Db { get; } = new();

    public RevenueIntelligenceService Service() => RevenueHarness.Service(Db.DataSource, Now);

    public Task<RevenueIntelligence?> GetAsync(RevenueGroupBy groupBy = RevenueGroupBy.Source) =>
        Service().GetAsync(new RevenueRequest(Location) { From = new(2026, 4, 16), To = new(2026, 4, 30), GroupBy = groupBy });

    public async Task InitializeAsync()
    {
        await Db.InitializeAsync();
        var e = new RevenueEvents(Location)
            .Lead("lead-1", "zillow", At(4, 16)).Talk("lead-1", "jorge-seller", At(4, 16, 13)).Talk("lead-1", "jorge-buyer", At(4, 17))
            .Lead("lead-2", "zillow", At(4, 17)).Talk("lead-2", "jorge-buyer", At(4, 17, 14))
            .Lead("lead-3", "referral", At(4, 18))
            .Lead("lead-4", "zillow", At(4, 5))
            .Close("lead-1", "deal-1", 500_000m, At(4, 20), agent: "agent-a")
            .Close("lead-2", "deal-2", 738_000m, At(4, 22), agent: "agent-b")
            .Close("lead-3", "deal-3", 412_345.67m, At(4, 30, 23), rate: 0.05m, agent: "agent-a")
            .Close("lead-4", "deal-4", 300_000m, At(4, 10), agent: "agent-b")
            // Just after the period ends: in neither period.
            .Close("lead-2", "deal-5", 100_000m, At(5, 1, 0).AddMinutes(30), agent: "agent-b")
            .Spend("zillow", 1_000m, "2026-04", At(4, 1))
            .Spend("referral", 450m, "2026-04", At(4, 1))
            .Spend("referral", 999m, "2026-03", At(3, 1));
        await new AppliedEventStore(Db.DataSource).IngestAsync(e.Events);
    }

    public Task DisposeAsync() => Db.DisposeAsync();

    /// <summary>Local time in Los Angeles (PDT, UTC-7, throughout April and May).</summary>
    private static DateTimeOffset At(int month, int day, int hour = 12) => new(2026, month, day, hour, 0, 0, TimeSpan.FromHours(-7));
}
