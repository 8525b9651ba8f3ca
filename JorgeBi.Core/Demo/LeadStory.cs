using JorgeBi.Core.Events;

namespace JorgeBi.Core.Demo;

/// <summary>
/// Writes the events of one lead: creation, the first conversation (intent-decoder, then the
/// seller or buyer bot), scoring, qualification, handoff and booking, the lead-bot's 3-7-30 day
/// follow-ups for leads without an appointment, and the deal. Only the events inside the
/// requested window are materialised, but every event consumes its id counter and random draws,
/// so a lead tells the same story whichever window is asked for.
/// </summary>
internal sealed class LeadStory
{
    private static readonly int[] FollowUpDays = [3, 7, 30];

    private readonly DemoOptions _options;
    private readonly LocalClock _clock;
    private readonly LeadFate _fate;
    private readonly DateTimeOffset _from;
    private readonly DateTimeOffset _to;
    private readonly List<BiEvent> _events = [];
    private long _counter;

    private LeadStory(DemoOptions options, LocalClock clock, LeadFate fate, DateTimeOffset from, DateTimeOffset to)
    {
        _options = options;
        _clock = clock;
        _fate = fate;
        _from = from;
        _to = to;
    }

    /// <summary>The lead's events with <c>from &lt;= occurredAt &lt; to</c>, in story order.</summary>
    public static List<BiEvent> Events(DemoOptions options, LocalClock clock, LeadFate fate, DateTimeOffset from, DateTimeOffset to)
    {
        var story = new LeadStory(options, clock, fate, from, to);
        story.Write(DemoRandom.For(options.Seed, fate.LeadNo, 1));
        return story._events;
    }

    private void Write(DemoRandom rng)
    {
        var f = _fate;
        var initialTemperature = rng.Chance(0.6) ? Temperature(f.Warmth + rng.Normal(0, 15)) : null;
        Add(f.CreatedAt, new LeadCreated(f.Source.Name, f.LeadType, initialTemperature, f.AgentAssignedAtCreation ? f.AgentId : null));

        var conversation = $"conv-{f.LeadNo}-1";
        var t = f.CreatedAt.AddSeconds(Math.Clamp(rng.LogNormal(45, 0.8), 3, 900)); // speed to lead
        Interact(rng, t, Domain.IntentDecoderBot, conversation, "intent");
        t = t.AddSeconds(rng.Between(0.5, 3.0));
        for (var turn = rng.Between(2, 4); turn > 0; turn--)
        {
            Interact(rng, t, f.MainBot, conversation, "qualification");
            t = t.AddSeconds(rng.Between(20.0, 240.0));
        }

        if (rng.Chance(0.85))
        {
            Score(rng, t = t.AddSeconds(rng.Between(5.0, 120.0)), f.Warmth);
        }

        if (f.Qualified)
        {
            Add(t = t.AddSeconds(rng.Between(1.0, 60.0)), new LeadQualified(f.MainBot));
        }

        if (f.HandedOff)
        {
            var reason = !f.Qualified ? DemoCast.HumanRequested
                : rng.Pick(f.LeadType == "seller" ? DemoCast.SellerHandoffReasons : DemoCast.BuyerHandoffReasons);
            Add(t = t.AddSeconds(rng.Between(30.0, 180.0)), new BotHandoff(f.MainBot, conversation, f.AgentId, reason));
        }

        if (f.AppointmentAt is { } slot)
        {
            Add(t.AddSeconds(rng.Between(60.0, 600.0)), new AppointmentBooked($"appt-{f.LeadNo}", f.AgentId, _clock.ToLocal(slot), f.MainBot));
        }
        else
        {
            FollowUps(rng);
        }

        foreach (var (at, data) in f.Deal?.Steps ?? [])
        {
            Add(at, data);
        }
    }

    /// <summary>The lead-bot nurtures leads nobody booked; some drop out, some reply and warm up.</summary>
    private void FollowUps(DemoRandom rng)
    {
        var warmth = _fate.Warmth;
        var qualified = _fate.Qualified;
        for (var i = 0; i < FollowUpDays.Length && rng.Chance(0.85); i++)
        {
            var conversation = $"conv-{_fate.LeadNo}-{i + 2}";
            var stage = $"follow_up_{FollowUpDays[i]}d";
            var t = _fate.CreatedAt.AddDays(FollowUpDays[i]).AddHours(Math.Clamp(rng.Normal(0, 3), -10, 10));
            Interact(rng, t, BotBehaviour.LeadBot, conversation, stage);
            if (!rng.Chance(0.35))
            {
                continue;
            }

            t = t.AddMinutes(rng.Between(2.0, 360.0));
            Interact(rng, t, Domain.IntentDecoderBot, conversation, "intent");
            Interact(rng, t = t.AddSeconds(rng.Between(0.5, 3.0)), BotBehaviour.LeadBot, conversation, stage);
            warmth = Math.Clamp(warmth + rng.Normal(2, 8), 0, 100);
            if (rng.Chance(0.5))
            {
                Score(rng, t = t.AddSeconds(rng.Between(5.0, 120.0)), warmth);
            }

            if (!qualified && rng.Chance(0.06))
            {
                qualified = true;
                Add(t.AddSeconds(rng.Between(1.0, 60.0)), new LeadQualified(BotBehaviour.LeadBot));
            }
        }
    }

    private void Score(DemoRandom rng, DateTimeOffset at, double warmth)
    {
        var frs = (int)Math.Clamp(Math.Round(rng.Normal(warmth, 12)), 0, 100);
        var pcs = (int)Math.Clamp(Math.Round(rng.Normal(warmth, 12)), 0, 100);
        Add(at, new LeadScored(Temperature((frs + pcs) / 2.0), frs, pcs));
    }

    private void Interact(DemoRandom rng, DateTimeOffset at, string botId, string conversation, string stage) =>
        Add(at, BotBehaviour.Interaction(rng, _options.End, at, botId, conversation, stage));

    private void Add(DateTimeOffset at, EventData data)
    {
        var counter = _counter++;
        if (at >= _from && at < _to)
        {
            _events.Add(new BiEvent(DemoIds.EventId(_options.Seed, _fate.LeadNo, counter), _clock.ToLocal(at), _options.LocationId, _fate.LeadId, data));
        }
    }

    private static string Temperature(double score) => score switch
    {
        >= 75 => "hot",
        >= 60 => "warm",
        >= 45 => "lukewarm",
        >= 30 => "cold",
        _ => "ice_cold",
    };
}
