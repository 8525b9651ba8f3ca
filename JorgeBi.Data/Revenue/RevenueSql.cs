using Dapper;
using JorgeBi.Core.Analytics;

namespace JorgeBi.Data.Revenue;

/// <summary>Commands and parameters shared by the revenue query classes.</summary>
internal static class RevenueSql
{
    /// <summary>
    /// A period as local bucket bounds. The kind must be Unspecified so Npgsql sends
    /// <c>timestamp</c> (wall clock), never <c>timestamptz</c>. <c>daily</c> lets a query
    /// read the daily rollups for periods of whole local days.
    /// </summary>
    public static object Args(LocationInfo location, Period period) => new
    {
        loc = location.LocationId,
        start = DateTime.SpecifyKind(period.Start, DateTimeKind.Unspecified),
        end = DateTime.SpecifyKind(period.End, DateTimeKind.Unspecified),
        daily = period.IsWholeDays,
    };

    public static CommandDefinition Command(string name, object args, CancellationToken ct) =>
        new(SqlScripts.Get(name), args, cancellationToken: ct);
}
