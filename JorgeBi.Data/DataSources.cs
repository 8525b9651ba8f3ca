namespace JorgeBi.Data;

/// <summary>Service keys of the data sources besides the primary (unkeyed) one.</summary>
public static class DataSources
{
    /// <summary>
    /// Dashboard and API reads: Database:ReadConnectionString (ConnectionStrings:PostgresRead),
    /// e.g. a streaming replica; the primary when none is configured. Ingestion, auth, the
    /// audit log, live metrics and the change feed always use the primary.
    /// </summary>
    public const string Read = "read";
}
