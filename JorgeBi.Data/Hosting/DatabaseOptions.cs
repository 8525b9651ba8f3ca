using Microsoft.Extensions.Configuration;

namespace JorgeBi.Data.Hosting;

/// <summary>
/// Where the database is. With <see cref="ConnectionString"/> (ConnectionStrings:Postgres)
/// JorgeBi uses that server and starts nothing; without it, it runs its own cluster under
/// <see cref="DataDirectory"/> and seeds demo data into it on first start.
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public string? ConnectionString { get; set; }

    /// <summary>
    /// Where dashboards read (ConnectionStrings:PostgresRead), e.g. a hot standby of the
    /// primary; empty means the primary.
    /// </summary>
    public string? ReadConnectionString { get; set; }

    /// <summary>Embedded cluster's home; relative paths are taken from the working directory.</summary>
    public string DataDirectory { get; set; } = ".data/postgres";

    /// <summary>Database name inside the embedded cluster.</summary>
    public string DatabaseName { get; set; } = "jorgebi";

    /// <summary>Seed demo data when the embedded database is empty.</summary>
    public bool SeedDemoData { get; set; } = true;

    /// <summary>How often the embedded cluster is checked, and started again if its server died.</summary>
    public TimeSpan WatchdogInterval { get; set; } = TimeSpan.FromSeconds(5);

    public bool IsEmbedded => string.IsNullOrWhiteSpace(ConnectionString);

    /// <summary>The "Database" section, with the connection strings when the section names none.</summary>
    public static DatabaseOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        options.ConnectionString ??= configuration.GetConnectionString("Postgres");
        options.ReadConnectionString ??= configuration.GetConnectionString("PostgresRead");
        return options;
    }
}
