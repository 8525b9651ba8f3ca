using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Insights;

/// <summary>The per-bot and per-source numbers the insights test.</summary>
public interface IInsightSource
{
    /// <summary>Bots with at least one interaction in the period.</summary>
    Task<IReadOnlyList<BotStats>> ReadBotStatsAsync(LocationInfo location, Period period, CancellationToken ct = default);

    /// <summary>Leads created in <paramref name="cohort"/> by source; converted = has a closed deal by now.</summary>
    Task<IReadOnlyList<SourceConversion>> ReadSourceConversionsAsync(LocationInfo location, Period cohort, CancellationToken ct = default);
}
