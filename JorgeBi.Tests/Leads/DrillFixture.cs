using JorgeBi.Core.Events;
using JorgeBi.Core.Kpis;
using JorgeBi.Data.Events;

namespace JorgeBi.Tests.Leads;

/// <summary>
/// A hand-made day, 2026-02-10 in Los Angeles (UTC-8): leads L1..L7 created at 09:00..15:00,
/// L0 the day before; three conversations; deals d1 (L1, closed), d2 (L2, closed at 5 %),
/// d3 (L3, lost) and d0 (L0, closed on the day); d4 (L4) only opens the next day.
/// </summary>
internal static class DrillFixture
{
    public static readonly DateTimeOffset Day = new(2026, 2, 10, 0, 0, 0, TimeSpan.FromHours(-8));
    public static readonly Period ThePeriod = new(new DateTime(2026, 2, 10), new DateTime(2026, 2, 11));

    public static List<BiEvent> Build(string location)
    {
        var events = new List<BiEvent>();
        void Add(double hours, string lead, EventData data) => events.Add(new BiEvent(Guid.NewGuid(), Day.AddSeconds(Math.Round(hours * 3600)), location, lead, data));

        Add(-2, "L0", new LeadCreated("zillow", "seller", "hot", "agent-a"));
        (string Source, string Type, string Temperature, string Agent)[] leads =
        [
            ("zillow", "seller", "hot", "agent-a"), ("zillow", "buyer", "warm", "agent-b"), ("referral", "seller", "hot", "agent-a"),
            ("website", "buyer", "cold", "agent-a"), ("zillow", "seller", "cold", "agent-b"), ("zillow", "seller", "hot", "agent-b"),
            ("referral", "buyer", "warm", "agent-a"),
        ];
        for (var i = 0; i < leads.Length; i++) Add(9 + i, $"L{i + 1}", new LeadCreated(leads[i].Source, leads[i].Type, leads[i].Temperature, leads[i].Agent));

        // Speed to lead: L1 30 s, L2 60 s, L4 120 s.
        Add(9 + 30 / 3600.0, "L1", new BotInteraction("jorge-seller", "c1", 10, true, 0.9, null));
        Add(9 + 5 / 60.0, "L1", new BotInteraction("jorge-seller", "c1", 20, false, 0.4, null));
        Add(9 + 6 / 60.0, "L1", new BotInteraction("intent-decoder", "c1", 5, true, 0.7, null));
        Add(10 + 1 / 60.0, "L2", new BotInteraction("jorge-buyer", "c2", 30, true, 0.8, null));
        Add(12 + 2 / 60.0, "L4", new BotInteraction("jorge-buyer", "c4", 40, true, 0.8, null));

        Add(11.5, "L0", new LeadQualified("jorge-seller"));
        Add(11.5, "L3", new LeadQualified("jorge-seller"));
        Add(9.2, "L1", new LeadQualified("jorge-seller"));
        Add(9.3, "L1", new AppointmentBooked("a1", "agent-a", Day.AddDays(2), "jorge-seller"));
        Add(10.3, "L2", new AppointmentBooked("a2", "agent-b", Day.AddDays(2), null));

        Add(9.5, "L1", new DealStageChanged("d1", "qualified", 500_000m, null, "agent-a", null));
        Add(10, "L1", new DealStageChanged("d1", "offer", 520_000m, null, "agent-a", null));
        Add(16, "L1", new DealClosed("d1", 510_000m, null, "agent-a"));
        Add(10.5, "L2", new DealStageChanged("d2", "qualified", 400_000m, null, "agent-b", null));
        Add(17, "L2", new DealClosed("d2", 390_000m, 0.05m, "agent-b"));
        Add(11.5, "L3", new DealStageChanged("d3", "shown", 300_000m, null, "agent-a", null));
        Add(18, "L3", new DealLost("d3", "price"));
        Add(-1, "L0", new DealStageChanged("d0", "under_contract", 210_000m, null, "agent-b", null));
        Add(19, "L0", new DealClosed("d0", 200_000m, null, "agent-b"));
        Add(30, "L4", new DealStageChanged("d4", "offer", 250_000m, null, "agent-a", null));
        return events;
    }

    public static async Task<LocationInfo> IngestAsync(TestDatabase db, string location)
    {
        await new AppliedEventStore(db.DataSource).IngestAsync(Build(location));
        return (await new JorgeBi.Data.Kpis.LocationQueries(db.DataSource).FindAsync(location))!;
    }
}
