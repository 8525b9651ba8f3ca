using JorgeBi.Core.Events;

namespace JorgeBi.Core.Demo;

/// <summary>
/// Plausible events happening now, for a demo dashboard that visibly lives: new leads, bot
/// conversations with them, scores, qualifications, handoffs, appointments and deals moving
/// through the pipeline. It remembers recent leads and open deals so later events follow
/// earlier ones, as they would in the CRM.
/// </summary>
public sealed class LiveEventSimulator(string locationId, int seed)
{
    private const int Memory = 200;
    private static readonly string[] Sources = ["zillow", "realtor-com", "facebook-ads", "google-ads", "website", "referral", "open-house"];
    private static readonly string[] Agents = ["agent-maria", "agent-david", "agent-sofia", "agent-james"];
    private static readonly string[] Stages = ["qualified", "shown", "offer", "under_contract"];

    private readonly Random _rng = new(seed);
    private readonly List<(string Lead, string Conversation, string Bot)> _leads = [];
    private readonly List<(string Deal, string Lead, int Stage, decimal Value)> _deals = [];
    private readonly string _run = Guid.NewGuid().ToString("N")[..6];
    private int _counter;

    public IReadOnlyList<BiEvent> Next(DateTimeOffset now, int count) =>
        Enumerable.Range(0, count).Select(_ => One(now)).ToList();

    private BiEvent One(DateTimeOffset now)
    {
        var roll = _rng.NextDouble();
        if (_leads.Count < 5 || roll < 0.15) return NewLead(now);
        var (lead, conversation, bot) = _leads[_rng.Next(_leads.Count)];
        return roll switch
        {
            < 0.70 => Event(now, lead, new BotInteraction(_rng.NextDouble() < 0.3 ? Domain.IntentDecoderBot : bot, conversation,
                Math.Round(bot == Domain.IntentDecoderBot ? 8 + _rng.NextDouble() * 16 : 20 + _rng.NextDouble() * 60, 1),
                _rng.NextDouble() < 0.95, Math.Round(0.6 + _rng.NextDouble() * 0.4, 2), "qualification")),
            < 0.78 => Event(now, lead, new LeadScored(Domain.Temperatures[_rng.Next(Domain.Temperatures.Count)], _rng.Next(101), _rng.Next(101))),
            < 0.84 => Event(now, lead, new LeadQualified(bot)),
            < 0.88 => Event(now, lead, new BotHandoff(bot, conversation, Pick(Agents), "ready for an agent")),
            < 0.93 => Event(now, lead, new AppointmentBooked($"appt-{_run}-{++_counter}", Pick(Agents), now.AddDays(2 + _rng.Next(5)), bot)),
            _ => DealStep(now, lead),
        };
    }

    private BiEvent NewLead(DateTimeOffset now)
    {
        var lead = $"lead-{_run}-{++_counter}";
        var seller = _rng.NextDouble() < 0.45;
        Remember(_leads, (lead, $"conv-{_run}-{_counter}", seller ? "jorge-seller" : "jorge-buyer"));
        return Event(now, lead, new LeadCreated(Pick(Sources), seller ? "seller" : "buyer", "warm", Pick(Agents)));
    }

    private BiEvent DealStep(DateTimeOffset now, string lead)
    {
        if (_deals.Count == 0 || _rng.NextDouble() < 0.4)
        {
            // Whole thousands: decimal rounding takes no negative digits.
            var value = Math.Round((decimal)(350_000 + _rng.NextDouble() * 900_000) / 1000m) * 1000m;
            Remember(_deals, ($"deal-{_run}-{++_counter}", lead, 0, value));
            return Event(now, lead, new DealStageChanged(_deals[^1].Deal, Stages[0], value, null, Pick(Agents), DateOnly.FromDateTime(now.AddDays(60).Date)));
        }
        var i = _rng.Next(_deals.Count);
        var d = _deals[i];
        if (d.Stage + 1 < Stages.Length)
        {
            _deals[i] = d with { Stage = d.Stage + 1 };
            return Event(now, d.Lead, new DealStageChanged(d.Deal, Stages[d.Stage + 1], d.Value, null, Pick(Agents), DateOnly.FromDateTime(now.AddDays(30).Date)));
        }
        _deals.RemoveAt(i);
        return Event(now, d.Lead, new DealClosed(d.Deal, d.Value, null, Pick(Agents)));
    }

    private BiEvent Event(DateTimeOffset now, string lead, EventData data) => new(Guid.NewGuid(), now, locationId, lead, data);

    private T Pick<T>(IReadOnlyList<T> items) => items[_rng.Next(items.Count)];

    private static void Remember<T>(List<T> items, T item)
    {
        items.Add(item);
        if (items.Count > Memory) items.RemoveAt(0);
    }
}
