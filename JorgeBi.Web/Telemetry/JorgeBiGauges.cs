using System.Diagnostics.Metrics;
using JorgeBi.Data.ChangeFeed;
using JorgeBi.Data.Telemetry;
using JorgeBi.Web.Answers;

namespace JorgeBi.Web.Telemetry;

/// <summary>
/// JorgeBi's observed values on the meter "JorgeBi", read when metrics are collected: the
/// aggregator's lag, the change feed's connection and the answer cache. The meter comes
/// from the app's factory, so it goes away with the app (several apps share a test process).
/// </summary>
public sealed class JorgeBiGauges
{
    public JorgeBiGauges(IMeterFactory meters, AggregatorLagReading lag, ChangeFeedState feed, ApiCache cache)
    {
        var meter = meters.Create(JorgeBiMeter.Name);
        meter.CreateObservableGauge("jorgebi.aggregator.lag",
            () => lag.Current() is { } l ? [new Measurement<double>(l.MillisecondsBehind / 1000)] : Array.Empty<Measurement<double>>(),
            "s", "Age of the oldest event not yet applied (0 when caught up); absent while the database does not answer");
        meter.CreateObservableGauge("jorgebi.aggregator.backlog",
            () => lag.Current() is { } l ? [new Measurement<long>(l.EventsBehind)] : Array.Empty<Measurement<long>>(),
            "{event}", "Events appended but not yet applied");
        meter.CreateObservableGauge("jorgebi.change_feed.connected", () => feed.Listening ? 1 : 0,
            description: "1 while the change-feed listener is connected, 0 while it reconnects");
        meter.CreateObservableCounter("jorgebi.change_feed.reconnects", () => Volatile.Read(ref feed.Reconnects),
            "{reconnect}", "Times the change-feed listener lost its connection");
        meter.CreateObservableCounter("jorgebi.answer_cache.hits", () => ByEndpoint(cache, s => s.Hits),
            "{answer}", "Answers served from the answer cache, by endpoint (pages and API share it)");
        meter.CreateObservableCounter("jorgebi.answer_cache.misses", () => ByEndpoint(cache, s => s.Misses),
            "{answer}", "Answers computed because the answer cache had none, by endpoint");
        meter.CreateObservableGauge("jorgebi.answer_cache.entries", () => cache.Entries,
            "{entry}", "Answers cached since their location was last invalidated (an upper bound)");
    }

    private static IEnumerable<Measurement<long>> ByEndpoint(ApiCache cache, Func<CacheEndpointStats, long> value) =>
        cache.Statistics().Select(s => new Measurement<long>(value(s), new KeyValuePair<string, object?>("endpoint", s.Endpoint)));
}
