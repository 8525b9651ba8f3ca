namespace JorgeBi.Data.Aggregation;

/// <summary>The aggregator's batch sizes and the lag readiness tolerates (section "Aggregator").</summary>
public sealed class AggregatorOptions
{
    public const string Section = "Aggregator";

    /// <summary>Events applied per micro-batch at most (one transaction each).</summary>
    public int MaxBatchEvents { get; set; } = 5_000;

    /// <summary>A backlog larger than this and than a tenth of the applied log (a bulk load) is applied set-based.</summary>
    public int BulkThreshold { get; set; } = 50_000;

    /// <summary>Events whose facts one set-based transaction stores.</summary>
    public int BulkChunkEvents { get; set; } = 200_000;

    /// <summary>
    /// The least time from one micro-batch's start to the next one's while events keep coming:
    /// what arrives meanwhile is applied as one batch. Much of a step's cost is the same
    /// whatever its size, so steps back to back under a steady stream spend the cores the
    /// senders need.
    /// </summary>
    public TimeSpan BatchWindow { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>How often an idle aggregator looks for events appended by other instances.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Readiness reports "degraded" once the oldest unapplied event is older than this.</summary>
    public TimeSpan MaxLag { get; set; } = TimeSpan.FromSeconds(30);
}
