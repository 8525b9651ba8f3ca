using System.Data;
using Dapper;
using JorgeBi.Core.Company;
using JorgeBi.Core.Kpis;

namespace JorgeBi.Data;

/// <summary>
/// The one way a period travels to SQL. A period is local wall-clock time in its location's
/// zone, and the scripts turn its bounds into instants with <c>@start::timestamp at time zone
/// time_zone</c>, so the bounds must reach PostgreSQL as <c>timestamp</c>: Npgsql sends a
/// DateTime of kind Utc as <c>timestamptz</c>, which that cast would shift by the session's
/// zone. Every bound goes as <see cref="Local"/>, whatever kind it was made with.
/// </summary>
public static class PeriodArgs
{
    /// <summary>
    /// @loc, @start and @end of one location's period, @daily (whole local days: the daily
    /// rollups can answer) and the parameters of <paramref name="more"/>.
    /// </summary>
    public static DynamicParameters For(LocationInfo location, Period period, object? more = null)
    {
        var args = new DynamicParameters(more);
        args.Add("loc", location.LocationId);
        args.Add("start", Local(period.Start), DbType.DateTime2);
        args.Add("end", Local(period.End), DbType.DateTime2);
        args.Add("daily", period.IsWholeDays);
        return args;
    }

    /// <summary>
    /// Each location with its own local period, as the parallel arrays @locs, @starts and @ends
    /// the company-wide scripts unnest, and the parameters of <paramref name="more"/>.
    /// </summary>
    public static DynamicParameters For(IReadOnlyList<LocationPeriod> locations, object? more = null)
    {
        var args = new DynamicParameters(more);
        args.Add("locs", locations.Select(l => l.Location.LocationId).ToArray());
        args.Add("starts", locations.Select(l => Local(l.Period.Start)).ToArray());
        args.Add("ends", locations.Select(l => Local(l.Period.End)).ToArray());
        return args;
    }

    /// <summary>A local wall-clock time as Npgsql sends it as <c>timestamp</c>.</summary>
    public static DateTime Local(DateTime wallClock) => DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
}
