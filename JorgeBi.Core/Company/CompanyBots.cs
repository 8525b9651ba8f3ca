using JorgeBi.Core.Bots;
using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Company;

/// <summary>
/// The bot traffic of several locations as one (DOMAIN.md, "All locations"): per bot, counts
/// and sums are added up, so every rate of the matrix is the summed numerator over the summed
/// denominator and every average the summed sum over the summed count; the latency histograms
/// are merged, so each p95 is the p95 of all the interactions together. Names and targets come
/// from the bot table, which every location shares.
/// </summary>
public static class CompanyBots
{
    public static BotPerformanceAggregates Combine(IReadOnlyList<BotPerformanceAggregates> parts) => new(
        [.. parts.SelectMany(p => p.Bots).GroupBy(b => b.BotId, StringComparer.Ordinal).Select(Sum)],
        [.. parts.SelectMany(p => p.Latency)]);

    private static BotTraffic Sum(IGrouping<string, BotTraffic> bot) => bot.First() with
    {
        Interactions = bot.Sum(b => b.Interactions),
        Successes = bot.Sum(b => b.Successes),
        ProcessingMsSum = bot.Sum(b => b.ProcessingMsSum),
        ConfidenceSum = bot.Sum(b => b.ConfidenceSum),
        Conversations = bot.Sum(b => b.Conversations),
        QualifiedLeads = bot.Sum(b => b.QualifiedLeads),
        Handoffs = bot.Sum(b => b.Handoffs),
        Appointments = bot.Sum(b => b.Appointments),
        DealsClosed = bot.Sum(b => b.DealsClosed),
        CommissionAttributed = bot.Sum(b => b.CommissionAttributed),
    };
}
