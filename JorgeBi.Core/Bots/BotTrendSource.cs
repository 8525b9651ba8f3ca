using JorgeBi.Core.Analytics;

namespace JorgeBi.Core.Bots;

/// <summary>
/// Reads every bot's success counts and p95 per bucket of a whole-day period, in one grouped
/// query (a matrix per bucket would be one round trip per bucket). Buckets without traffic may be absent.
/// </summary>
public interface IBotTrendSource
{
    Task<IReadOnlyList<BotTrendPoint>> ReadAsync(LocationInfo location, Period period, TrendGrain grain, CancellationToken ct = default);
}
