namespace JorgeBi.Data.Hosting;

/// <summary>
/// The connection string in use: the configured one, or the embedded cluster's once it
/// has started. Everything that opens connections goes through the one data source built
/// from it.
/// </summary>
public sealed class DatabaseEndpoint
{
    private string? _connectionString;

    public string ConnectionString =>
        _connectionString ?? throw new InvalidOperationException("The database has not been started yet.");

    public bool IsEmbedded { get; private set; }

    internal void Set(string connectionString, bool embedded)
    {
        _connectionString = connectionString;
        IsEmbedded = embedded;
    }
}
