namespace JorgeBi.Data.Events;

/// <summary>
/// A bulk load: events stored and already present, the time spent storing facts and the
/// time spent rebuilding the rollups afterwards.
/// </summary>
public sealed record BulkLoadResult(long Accepted, long Duplicates, TimeSpan Loading, TimeSpan Rebuilding)
{
    public long Events => Accepted + Duplicates;
}
