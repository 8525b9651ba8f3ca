using JorgeBi.Core.Kpis;

namespace JorgeBi.Core.Bots;

/// <summary>
/// Reads every bot's success counts and latency histogram per bucket of a whole-day period, in
/// grouped queries (a matrix per bucket would be one round trip per bucket). Buckets without traffic may be absent.
/// </summary>
public interface IBotTrendSource
{
    Task<IReadOnlyList<BotTrendBucket>> ReadAsync(LocationInfo location, Period period, TrendGrain grain, CancellationToken ct = default);
}
