using System.Security.Claims;
using JorgeBi.Core.Analytics;
using JorgeBi.Web.Security;

namespace JorgeBi.Web.Api.Infrastructure;

/// <summary>The location and period a BI request asks about, resolved and validated.</summary>
public sealed record BiScope(LocationInfo Location, Period Period, string CacheKey);

/// <summary>
/// Turns location_id, timeframe and from/to into a <see cref="BiScope"/>: from/to (both,
/// from &lt;= to, at most <see cref="Timeframes.MaxRangeDays"/> days) win over timeframe.
/// The location is one <paramref name="user"/> may see: no location_id means the caller's
/// default, and one it may not see is not found, like one that does not exist.
/// </summary>
public sealed class BiScopeResolver(LocationAccess access, TimeProvider clock)
{
    public async Task<BiScope?> ResolveAsync(
        ClaimsPrincipal user, QueryErrors errors, string? locationId, string? timeframe, string? from, string? to,
        IReadOnlyList<string>? allowedTimeframes = null, CancellationToken ct = default)
    {
        var id = LocationAccess.RequestedId(user, errors, locationId);
        var (named, fromDate, toDate) = ReadPeriod(errors, timeframe, from, to, allowedTimeframes);
        if (errors.Any) return null;
        var location = await access.FindAsync(user, id, ct);
        if (location is null) return null;
        var period = fromDate is { } start && toDate is { } end
            ? Timeframes.Between(start, end)
            : Timeframes.Resolve(named, location.LocalNow(clock.GetUtcNow()));
        return new BiScope(location, period, $"{period.Start:s}/{period.End:s}");
    }

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
