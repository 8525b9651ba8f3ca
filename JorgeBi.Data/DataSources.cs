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

    /// <summary>Statements each session keeps prepared unless the connection string says otherwise.</summary>
    public const int AutoPrepared = 64;

    private const string MaxAutoPrepareKey = "Max Auto Prepare";

    /// <summary>
    /// A data source whose sessions run without JIT compilation: it pays off for queries
    /// that run for seconds, and every JorgeBi query should take milliseconds. Where the
    /// planner overestimated a join of rollups it spent up to 1.5 s compiling a query that
    /// then ran in 5 ms. Set per session, so it holds on any server, replica or restore.
    /// </summary>
    /// <remarks>
    /// Its sessions also keep the statements they run often prepared (<see cref="AutoPrepared"/>,
    /// after five uses): the KPI queries are long, and parsing and planning them anew took
    /// ~15 ms of the server's time per uncached three-year dashboard-kpis, about a fifth of it.
    /// </remarks>
    public static NpgsqlDataSource Build(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        var settings = builder.ConnectionStringBuilder;
        settings.Options = $"{settings.Options} -c jit=off".Trim();
        // Keys lists what the string set (under canonical names); ContainsKey knows every name.
        if (!settings.Keys.Cast<string>().Contains(MaxAutoPrepareKey)) settings.MaxAutoPrepare = AutoPrepared;
        return builder.Build();
    }
}
