using Npgsql;

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

    /// <summary>
    /// A data source whose sessions run without JIT compilation: it pays off for queries
    /// that run for seconds, and every JorgeBi query should take milliseconds. Where the
    /// planner overestimated a join of rollups it spent up to 1.5 s compiling a query that
    /// then ran in 5 ms. Set per session, so it holds on any server, replica or restore.
    /// </summary>
    public static NpgsqlDataSource Build(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.Options = $"{builder.ConnectionStringBuilder.Options} -c jit=off".Trim();
        return builder.Build();
    }
}
