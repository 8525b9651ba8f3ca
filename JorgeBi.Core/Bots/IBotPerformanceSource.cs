using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Bots;

/// <summary>Reads the traffic of every bot in the bot table (zero traffic included) for one location and period.</summary>
public interface IBotPerformanceSource
{
    Task<BotPerformanceAggregates> ReadAsync(LocationInfo location, Period period, CancellationToken ct = default);
}
