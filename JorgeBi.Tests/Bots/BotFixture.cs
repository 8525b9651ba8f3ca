using JorgeBi.Core.Events;

namespace JorgeBi.Tests.Bots;

/// <summary>
/// A hand-made day of bot traffic on 2026-02-10 in Los Angeles (UTC-8, before DST):
/// seller 89/100 successes at 1.25..100.25 ms over 10 conversations, buyer 90/100 at 10 ms
/// over 4 conversations, lead-bot 94/100 at 100.9 ms in one conversation, intent-decoder none.
/// </summary>
internal sealed class BotFixture(string location)
{
    public static readonly DateTimeOffset Day = new(2026, 2, 10, 0, 0, 0, TimeSpan.FromHours(-8));
    public List<BiEvent> Events { get; } = [];

    public void Add(DateTimeOffset at, string? lead, EventData data) => Events.Add(new BiEvent(Guid.NewGuid(), at, location, lead, data));

    public static BotFixture Build(string location)
    {
        var f = new BotFixture(location);
        var nine = Day.AddHours(9);
        for (var k = 0; k < 100; k++)
        {
            f.Add(nine.AddMinutes(k), $"s-lead-{k / 10}", new BotInteraction("jorge-seller", $"s-conv-{k / 10}", k + 1.25, k >= 11, 0.5, null));
            // b-conv-0 belongs to s-lead-0, who met the seller bot first.
            var buyerLead = k / 25 == 0 ? "s-lead-0" : $"b-lead-{k / 25}";
            f.Add(nine.AddHours(1).AddMinutes(k), buyerLead, new BotInteraction("jorge-buyer", $"b-conv-{k / 25}", 10, k >= 10, 0.8, null));
            f.Add(nine.AddHours(3).AddMinutes(k), "l-lead-0", new BotInteraction("lead-bot", "l-conv-0", 100.9, k >= 6, 1, null));
        }
        f.Add(nine.AddHours(5), "s-lead-1", new BotHandoff("jorge-seller", "s-conv-1", "agent-a", "ready"));
        f.Add(nine.AddHours(5), "s-lead-2", new BotHandoff("jorge-seller", "s-conv-2", "agent-a", "ready"));
        foreach (var lead in new[] { "s-lead-1", "s-lead-2", "s-lead-3", "s-lead-3" })
        {
            f.Add(nine.AddHours(6), lead, new LeadQualified("jorge-seller"));
        }
        f.Add(nine.AddHours(7), "s-lead-1", new AppointmentBooked("a1", "agent-a", Day.AddDays(3), "jorge-seller"));
        f.Add(nine.AddHours(7), "s-lead-2", new AppointmentBooked("a2", "agent-a", Day.AddDays(3), "jorge-seller"));
        f.Add(nine.AddHours(7), "s-lead-3", new AppointmentBooked("a3", "agent-a", Day.AddDays(3), null));
        // First touch: s-lead-0's deal goes to the seller bot, b-lead-1's to the buyer bot;
        // b-lead-2's deal closed the day before the period and counts for nobody.
        f.Add(nine.AddHours(8), "s-lead-0", new DealClosed("d1", 500_000m, null, "agent-a"));
        f.Add(nine.AddHours(8), "b-lead-1", new DealClosed("d2", 400_000m, 0.05m, "agent-b"));
        f.Add(Day.AddHours(-1), "b-lead-2", new DealClosed("d3", 900_000m, null, "agent-b"));
        return f;
    }
}
