using System.Security.Claims;
using JorgeBi.Core.Company;
using JorgeBi.Core.Kpis;
using JorgeBi.Web.Security;

namespace JorgeBi.Web.Answers;

/// <summary>
/// The location and period a BI request asks about, resolved and validated. For
/// location_id=all, <see cref="Company"/> lists every location with the period resolved in its
/// own zone; <see cref="Location"/> then only names the company, and no store is read with it.
/// </summary>
public sealed record BiScope(LocationInfo Location, Period Period, string CacheKey)
{
    public IReadOnlyList<LocationPeriod>? Company { get; init; }

    /// <summary>The locations read, each with its own period: the company's members, or the one location.</summary>
    public IReadOnlyList<LocationPeriod> Members => Company ?? [new LocationPeriod(Location, Period)];

    /// <summary>The location_id the scope answers for: a location's id, or "all".</summary>
    public string LocationId => Company is null ? Location.LocationId : CompanyLocations.All;

    /// <summary>The locations the scope reads, without their periods.</summary>
    public IReadOnlyList<LocationInfo> Locations => [.. Members.Select(m => m.Location)];
}

/// <summary>
/// Turns location_id, timeframe and from/to into a <see cref="BiScope"/>: from/to (both,
/// from &lt;= to, at most <see cref="Timeframes.MaxRangeDays"/> days) win over timeframe.
/// The location is one the user may see: no location_id means the caller's default, and one
/// it may not see is not found, like one that does not exist. "all" resolves only for callers
/// that combine locations, to the locations the user may see (<see cref="CompanyLocations"/>).
/// </summary>
public sealed class BiScopeResolver(LocationAccess access, CompanyLocations company, TimeProvider clock)
{
    /// <param name="combines">The caller can answer for all locations at once; otherwise "all" resolves to null.</param>
    public async Task<BiScope?> ResolveAsync(
        ClaimsPrincipal user, QueryErrors errors, string? locationId, string? timeframe, string? from, string? to,
        IReadOnlyList<string>? allowedTimeframes = null, CancellationToken ct = default, bool combines = false)
    {
        // Where locations combine, naming none means the caller's company default (all, or their only one).
        var id = combines && string.IsNullOrEmpty(locationId)
            ? await company.DefaultIdAsync(user, ct)
            : LocationAccess.RequestedId(user, errors, locationId);
        var (named, fromDate, toDate) = ReadPeriod(errors, timeframe, from, to, allowedTimeframes);
        if (errors.Any) return null;
        var now = clock.GetUtcNow();
        Period PeriodOf(LocationInfo l) => fromDate is { } start && toDate is { } end
            ? Timeframes.Between(start, end)
            : Timeframes.Resolve(named, l.LocalNow(now));
        if (CompanyLocations.IsAll(id)) return combines ? await CompanyAsync(user, PeriodOf, ct) : null;
        var location = await access.FindAsync(user, id, ct);
        if (location is null) return null;
        var period = PeriodOf(location);
        return new BiScope(location, period, Key(period));
    }

    private async Task<BiScope> CompanyAsync(ClaimsPrincipal user, Func<LocationInfo, Period> periodOf, CancellationToken ct)
    {
        var members = (await company.ListAsync(user, ct)).Select(l => new LocationPeriod(l, periodOf(l))).ToList();
        var first = members.Count > 0 ? members[0].Location : null;
        var name = new LocationInfo(CompanyLocations.All, CompanyLocations.Name, first?.TimeZone ?? "UTC",
            first?.CommissionRate ?? 0, members.Sum(m => m.Location.MonthlyCommissionTarget));
        // Offices whose "today" differs have different periods: the key names each one's.
        var key = string.Join(';', members.Select(m => $"{m.Location.LocationId}:{Key(m.Period)}"));
        return new BiScope(name, members.Count > 0 ? members[0].Period : periodOf(name), key) { Company = members };
    }

    private static string Key(Period period) => $"{period.Start:s}/{period.End:s}";

    /// <summary>
    /// The period parameters as every endpoint reads them, each mistake recorded under its
    /// field: the dashboard shows the very same messages for its URL's filters.
    /// </summary>
    public static (string Timeframe, DateOnly? From, DateOnly? To) ReadPeriod(
        QueryErrors errors, string? timeframe, string? from, string? to, IReadOnlyList<string>? allowedTimeframes = null)
    {
        var named = errors.OneOf("timeframe", timeframe, allowedTimeframes ?? Timeframes.All, Timeframes.Default)!;
        var fromDate = errors.Date("from", from);
        var toDate = errors.Date("to", to);
        if ((from is { Length: > 0 }) != (to is { Length: > 0 })) errors.Add(from is { Length: > 0 } ? "to" : "from", "Give both from and to, or neither.");
        if (fromDate is { } f && toDate is { } t)
        {
            if (f > t) errors.Add("from", "Must not be after to.");
            else if (t.DayNumber - f.DayNumber + 1 > Timeframes.MaxRangeDays) errors.Add("to", $"The range may span at most {Timeframes.MaxRangeDays} days.");
        }
        return (named, fromDate, toDate);
    }
}
