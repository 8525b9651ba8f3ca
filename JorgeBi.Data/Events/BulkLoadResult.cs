namespace JorgeBi.Data.Events;

/// <summary>
/// A bulk load: events appended and already present, the time spent appending them to the
/// log and the time the aggregator then took to apply them.
/// </summary>
public sealed record BulkLoadResult(long Accepted, long Duplicates, TimeSpan Appending, TimeSpan Applying)
{
    public long Events => Accepted + Duplicates;
}
