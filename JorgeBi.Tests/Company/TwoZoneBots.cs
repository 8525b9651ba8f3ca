using JorgeBi.Core.Events;
using Npgsql;

namespace JorgeBi.Tests.Company;

/// <summary>
/// <see cref="TwoZoneCompany"/> with the seller bot busy in both offices, hand-written so that the
/// company's p95s are none of the offices' p95s nor any average of them.
///
/// Los Angeles adds, on Jun 29 09:00, seller interactions of 130 and 180 ms (success, leads
/// la-b1 and la-b2), a handoff of la-b1's conversation and an appointment the seller booked;
/// and la-1 qualified by the seller on Jun 25. Its seller week is then 10, 10, 10, 10, 200
/// (the failure), 130 and 180 ms: 6 of 7 successful, p95 200 ms.
///
/// New York adds, on Jun 29 12:00, eighteen seller interactions of 20 ms (the last one failed)
/// and one of 100 ms (leads ny-s0 to ny-s18): 18 of 19 successful, p95 100 ms; ny-s1 and ny-s2
/// qualified and two appointments booked by the seller on Jun 30, a handoff of ny-s3's
/// conversation, and ny-s0's deal closed on Jun 30 at 400,000 (20,000 at 5 %).
/// </summary>
public static class TwoZoneBots
{
    public const string Seller = "jorge-seller";

    public static async Task SeedAsync(TwoZoneCompany offices, NpgsqlDataSource db)
    {
        await offices.SeedAsync(db);

        var la = new FixtureEvents(offices.LosAngeles.LocationId, offices.LosAngeles.TimeZone);
        la.Interaction(new(2026, 6, 29, 9, 0, 0), ms: 130, conversation: "la-b1-conv", lead: "la-b1");
        la.Interaction(new(2026, 6, 29, 9, 0, 0), ms: 180, conversation: "la-b2-conv", lead: "la-b2");
        Handoff(la, new(2026, 6, 29, 9, 5, 0), "la-b1", "la-b1-conv");
        BookedBySeller(la, new(2026, 6, 29, 10, 0, 0), "la-b1");
        la.Qualified(new(2026, 6, 25, 10, 0, 0), "la-1");
        await la.IngestAsync(db);

        var ny = new FixtureEvents(offices.NewYork.LocationId, offices.NewYork.TimeZone);
        for (var i = 0; i < 18; i++) ny.Interaction(new(2026, 6, 29, 12, 0, 0), ms: 20, success: i < 17, conversation: $"ny-s{i}-conv", lead: $"ny-s{i}");
        ny.Interaction(new(2026, 6, 29, 12, 0, 0), ms: 100, conversation: "ny-s18-conv", lead: "ny-s18");
        Handoff(ny, new(2026, 6, 29, 12, 5, 0), "ny-s3", "ny-s3-conv");
        ny.Qualified(new(2026, 6, 30, 10, 0, 0), "ny-s1");
        ny.Qualified(new(2026, 6, 30, 10, 0, 0), "ny-s2");
        BookedBySeller(ny, new(2026, 6, 30, 11, 0, 0), "ny-s1");
        BookedBySeller(ny, new(2026, 6, 30, 11, 0, 0), "ny-s2");
        ny.Closed(new(2026, 6, 30, 15, 0, 0), 400_000m, lead: "ny-s0");
        await ny.IngestAsync(db);
    }

    private static void Handoff(FixtureEvents office, DateTime at, string lead, string conversation) =>
        office.Events.Add(new BiEvent(Guid.NewGuid(), office.Instant(at), office.Location, lead, new BotHandoff(Seller, conversation, "agent-a", "ready")));

    private static void BookedBySeller(FixtureEvents office, DateTime at, string lead) =>
        office.Events.Add(new BiEvent(Guid.NewGuid(), office.Instant(at), office.Location, lead,
            new AppointmentBooked($"appt-{lead}", "agent-a", office.Instant(at.AddDays(2)), Seller)));
}
