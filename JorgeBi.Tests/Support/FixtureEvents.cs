using JorgeBi.Core.Events;
using JorgeBi.Data.Events;
using Npgsql;

namespace JorgeBi.Tests.Support;

/// <summary>
/// Builds a hand-written event set for one location (zone America/Los_Angeles, rate 6 %,
/// target 150,000: the defaults of a location created by its first event), at local times
/// of <paramref name="timeZone"/>. A time of kind UTC is taken as that instant instead: the
/// way to name either of the two 01:30s of a night when the clocks go back.
/// </summary>
public sealed class FixtureEvents(string location, string timeZone = "America/Los_Angeles")
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
    private int _next;

    public string Location => location;
    public List<BiEvent> Events { get; } = [];

    public static DateTimeOffset LosAngeles(DateTime local) => new(local, Zone.GetUtcOffset(local));

    /// <summary>The instant of a local time of the fixture's zone, or of a UTC time as it is.</summary>
    public DateTimeOffset Instant(DateTime at) => at.Kind == DateTimeKind.Utc ? new(at) : new(at, _zone.GetUtcOffset(at));

    /// <summary>A new lead; returns its id.</summary>
    public string Lead(DateTime at, string source = "zillow", string? id = null)
    {
        id ??= $"lead-{++_next}";
        Add(at, id, new LeadCreated(source, "buyer", null, null));
        return id;
    }

    public void Interaction(DateTime at, string bot = "jorge-seller", double ms = 10, bool success = true, string? conversation = null, string lead = "lead-x") =>
        Add(at, lead, new BotInteraction(bot, conversation ?? $"conv-{++_next}", ms, success, 0.9, null));

    /// <summary><paramref name="count"/> interactions of one bot at one instant, the first <paramref name="successes"/> successful.</summary>
    public void Interactions(DateTime at, int count, int successes, string bot = "jorge-seller", double ms = 10)
    {
        for (var i = 0; i < count; i++) Interaction(at, bot, ms, i < successes);
    }

    public void Qualified(DateTime at, string lead, string bot = "jorge-seller") => Add(at, lead, new LeadQualified(bot));

    public void Scored(DateTime at, string lead, string temperature) => Add(at, lead, new LeadScored(temperature, 50, 50));

    public void Appointment(DateTime at, string lead = "lead-x") =>
        Add(at, lead, new AppointmentBooked($"appt-{++_next}", "agent-a", Instant(at.AddDays(2)), null));

    /// <summary>A deal closed at the location's rate (6 % unless changed); returns its id.</summary>
    public string Closed(DateTime at, decimal salePrice, string lead = "lead-x")
    {
        var deal = $"deal-{++_next}";
        Add(at, lead, new DealClosed(deal, salePrice, null, "agent-a"));
        return deal;
    }

    public void StageChanged(DateTime at, string deal, string stage, decimal value, string lead = "lead-x") =>
        Add(at, lead, new DealStageChanged(deal, stage, value, null, "agent-a", null));

    public Task IngestAsync(NpgsqlDataSource db) => new AppliedEventStore(db).IngestAsync(Events);

    private void Add(DateTime at, string? lead, EventData data) =>
        Events.Add(new BiEvent(Guid.NewGuid(), Instant(at), location, lead, data));
}
