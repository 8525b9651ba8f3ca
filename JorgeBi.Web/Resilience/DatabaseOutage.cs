using System.Net.Sockets;
using Npgsql;

namespace JorgeBi.Web.Resilience;

/// <summary>
/// Tells a database that is briefly out of reach (a restart, a failover, no free connection)
/// from a fault: the API answers it with 503, pages with their "data unavailable" notice, and
/// reads and the live feed try again.
/// </summary>
public static class DatabaseOutage
{
    public static bool IsUnavailable(Exception e) => e switch
    {
        NpgsqlException { IsTransient: true } => true,
        NpgsqlException { InnerException: SocketException or TimeoutException or IOException } => true,
        PostgresException { SqlState: "57P01" or "57P02" or "57P03" or "53300" } => true,
        SocketException or TimeoutException => true,
        _ => e.InnerException is not null && IsUnavailable(e.InnerException),
    };
}
