using System.Diagnostics;
using JorgeBi.Data.Aggregation;
using Npgsql;

namespace JorgeBi.Web.Telemetry;

/// <summary>
/// The aggregator's lag for the gauges, read with the query readiness runs: once for all
/// gauges of a collection (a reading is reused for a second), and only when something
/// collects, so an unscraped app never pays for it.
/// </summary>
public sealed class AggregatorLagReading(LogPositionQueries positions)
{
    private static readonly TimeSpan Reuse = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan QueryTimeout = TimeSpan.FromSeconds(2);

    private Reading? _last;

    /// <summary>The current lag, or null while the database does not answer.</summary>
    public AggregatorLag? Current()
    {
        var now = Stopwatch.GetTimestamp();
        if (_last is { } last && Stopwatch.GetElapsedTime(last.Taken, now) < Reuse) return last.Lag;
        var lag = Query();
        _last = new Reading(now, lag);
        return lag;
    }

    // Gauge callbacks are synchronous: the collection waits for one short query, bounded by
    // the timeout, rather than reporting a reading taken before the scrape.
    private AggregatorLag? Query()
    {
        using var timeout = new CancellationTokenSource(QueryTimeout);
        try
        {
            return positions.LagAsync(timeout.Token).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException or OperationCanceledException)
        {
            return null;
        }
    }

    private sealed record Reading(long Taken, AggregatorLag? Lag);
}
