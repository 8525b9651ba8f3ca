using JorgeBi.Core.Events;

namespace JorgeBi.Tests.Revenue;

/// <summary>Terse builders for the hand-computed revenue fixtures of one location.</summary>
public sealed class RevenueEvents(string location)
{
    public List<BiEvent> Events { get; } = [];

    public RevenueEvents Lead(string lead, string source, DateTimeOffset at) =>
        Add(lead, new LeadCreated(source, "seller", null, "agent-a"), at);

    public RevenueEvents Talk(string lead, string bot, DateTimeOffset at) =>
        Add(lead, new BotInteraction(bot, $"conv-{lead}-{bot}", 20, true, 0.9, null), at);

    public RevenueEvents Close(string lead, string deal, decimal price, DateTimeOffset at, decimal? rate = null, string agent = "agent-a") =>
        Add(lead, new DealClosed(deal, price, rate, agent), at);

    public RevenueEvents Stage(string lead, string deal, string stage, decimal value, DateTimeOffset at,
        decimal? probability = null, DateOnly? expectedClose = null) =>
        Add(lead, new DealStageChanged(deal, stage, value, probability, "agent-a", expectedClose), at);

    public RevenueEvents Lose(string lead, string deal, DateTimeOffset at) => Add(lead, new DealLost(deal, "price"), at);

    public RevenueEvents Spend(string source, decimal amount, string month, DateTimeOffset at) =>
        Add(null, new MarketingSpend(source, amount, month), at);

    private RevenueEvents Add(string? lead, EventData data, DateTimeOffset at)
    {
        Events.Add(new BiEvent(Guid.NewGuid(), at, location, lead, data));
        return this;
    }
}
