namespace JorgeBi.Data.Postgres;

/// <summary>
/// What a <see cref="PostgresCluster"/> passes to its server beyond the port and address
/// (<c>postgres -c</c> settings) and to <c>initdb</c> when it creates the cluster. The app's
/// own cluster (<see cref="Default"/>) keeps PostgreSQL's durable defaults and only sizes its
/// cache and checkpoints for a store fed by bulk loads and a steady stream of appends.
/// </summary>
public sealed record ClusterSettings(IReadOnlyList<string> ServerSettings, IReadOnlyList<string> InitdbArguments)
{
    public static ClusterSettings Default { get; } = new(
    [
        // 128 MB by default: the rollups every answer reads and the index pages appends touch
        // stay in the server's own cache.
        "shared_buffers=512MB",
        // After a checkpoint the first change to each page writes the whole page to the WAL, and
        // event ids are random, so appends touch index pages all over. A bulk load of ten
        // million events writes ~20 GB of WAL: with the default 1 GB, a checkpoint every ~15 s.
        // (Compressing those images, wal_compression, cost single events ~10 % of their rate.)
        "max_wal_size=8GB",
    ], []);
}
