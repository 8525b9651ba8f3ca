using JorgeBi.Core.Events;

namespace JorgeBi.Tests.Support;

/// <summary>
/// Random but valid event sets over a few days in Los Angeles, dense enough that leads,
/// conversations and deals have several events each, so distinct counts, first touches
/// and "as of the end" states are all exercised.
/// </summary>
public static class RandomEvents
{
    public static readonly DateTimeOffset Origin = new(2026, 3, 6, 0, 0, 0, TimeSpan.FromHours(-8));
    private static readonly string[] Sources = ["zillow", "referral", "website"];
    private static readonly string[] Agents = ["agent-a", "agent-b"];
    private static readonly string[] Stages = ["qualified", "shown", "offer", "under_contract"];

    /// <param name="origin">The first instant events may occur at; <see cref="Origin"/> when null.</param>
    public static List<BiEvent> Generate(int seed, int leads = 40, int days = 6, string location = "default", DateTimeOffset? origin = null)
    {
        var rng = new Random(seed);
        var events = new List<BiEvent>();
        var start = origin ?? Origin;
        DateTimeOffset At() => start.AddMinutes(rng.Next(days * 24 * 60)).AddSeconds(rng.Next(60));
        T Pick<T>(IReadOnlyList<T> xs) => xs[rng.Next(xs.Count)];
        void Add(string? lead, EventData data, DateTimeOffset? at = null) =>
            events.Add(new BiEvent(Guid.NewGuid(), at ?? At(), location, lead, data));

        for (var i = 0; i < leads; i++)
        {
            var lead = $"lead-{i}";
            if (rng.NextDouble() < 0.9) Add(lead, new LeadCreated(Pick(Sources), Pick(Domain.LeadTypes), rng.NextDouble() < 0.5 ? Pick(Domain.Temperatures) : null, Pick(Agents)));
            for (var s = rng.Next(3); s > 0; s--) Add(lead, new LeadScored(Pick(Domain.Temperatures), rng.Next(101), rng.Next(101)));
            for (var c = rng.Next(3); c > 0; c--)
            {
                var conversation = $"conv-{i}-{c}";
                var bot = Pick(Domain.Bots);
                for (var n = rng.Next(1, 6); n > 0; n--)
                {
                    Add(lead, new BotInteraction(rng.NextDouble() < 0.2 ? Domain.IntentDecoderBot : bot, conversation,
                        Math.Round(rng.NextDouble() * 120, 3), rng.NextDouble() < 0.93, Math.Round(rng.NextDouble(), 2), null));
                }
                if (rng.NextDouble() < 0.3) Add(lead, new BotHandoff(bot, conversation, Pick(Agents), "ready"));
            }
            for (var q = rng.Next(3) - 1; q > 0; q--) Add(lead, new LeadQualified(Pick(Domain.Bots)));
            if (rng.NextDouble() < 0.4) Add(lead, new AppointmentBooked($"appt-{i}", Pick(Agents), Origin.AddDays(days + 1), rng.NextDouble() < 0.7 ? Pick(Domain.Bots) : null));
            if (rng.NextDouble() < 0.5) AddDeal(i, lead);
        }
        Add(null, new MarketingSpend("zillow", 1200.50m, "2026-03"));
        return events;

        void AddDeal(int i, string lead)
        {
            var deal = $"deal-{i}";
            for (var s = rng.Next(1, 4); s > 0; s--)
            {
                Add(lead, new DealStageChanged(deal, Pick(Stages), rng.Next(350, 1500) * 1000m,
                    rng.NextDouble() < 0.3 ? Math.Round((decimal)rng.NextDouble(), 2) : null, Pick(Agents), null));
            }
            var end = rng.NextDouble();
            if (end < 0.4) Add(lead, new DealClosed(deal, rng.Next(350, 1500) * 1000m + 0.5m, rng.NextDouble() < 0.3 ? 0.05m : null, Pick(Agents)));
            else if (end < 0.6) Add(lead, new DealLost(deal, "price"));
        }
    }

    /// <summary>The same events in a random arrival order, cut into random batches.</summary>
    public static IEnumerable<List<BiEvent>> ShuffledBatches(IReadOnlyList<BiEvent> events, int seed)
    {
        var rng = new Random(seed);
        var shuffled = events.OrderBy(_ => rng.Next()).ToList();
        for (var i = 0; i < shuffled.Count;)
        {
            var size = rng.Next(1, 40);
            yield return shuffled.Skip(i).Take(size).ToList();
            i += size;
        }
    }
}
