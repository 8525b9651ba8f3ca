namespace JorgeBi.Data.Postgres;

/// <summary>
/// What a <see cref="PostgresCluster"/> passes to its server beyond the port and address
/// (<c>postgres -c</c> settings) and to <c>initdb</c> when it creates the cluster. The app
/// runs on the defaults, which are durable.
/// </summary>
public sealed record ClusterSettings(IReadOnlyList<string> ServerSettings, IReadOnlyList<string> InitdbArguments)
{
    public static ClusterSettings Default { get; } = new([], []);
}
