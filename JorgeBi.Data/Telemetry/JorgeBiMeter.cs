using System.Diagnostics.Metrics;

namespace JorgeBi.Data.Telemetry;

/// <summary>
/// The counters of the write path on the meter "JorgeBi" (the web app adds its gauges to a
/// meter of the same name). Static, so the group commit and the aggregator record where the
/// work completes without a new dependency: both are also built by hand (seeding, tests), and
/// a counter nobody listens to costs one check per call.
/// </summary>
public static class JorgeBiMeter
{
    public const string Name = "JorgeBi";

    private static readonly Meter Meter = new(Name);

    /// <summary>Events newly stored by a durable group commit (duplicates are not counted).</summary>
    public static readonly Counter<long> EventsAccepted =
        Meter.CreateCounter<long>("jorgebi.events.accepted", "{event}", "Events newly stored in the event log");

    /// <summary>Events the elected aggregator applied to the facts, snapshots and rollups.</summary>
    public static readonly Counter<long> EventsApplied =
        Meter.CreateCounter<long>("jorgebi.events.applied", "{event}", "Events applied to facts and rollups by the aggregator");
}
