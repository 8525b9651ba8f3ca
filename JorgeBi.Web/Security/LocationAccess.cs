using System.Security.Claims;
using JorgeBi.Core.Access;
using JorgeBi.Core.Kpis;
using JorgeBi.Web.Answers;

namespace JorgeBi.Web.Security;

/// <summary>
/// Which locations a signed-in user or an API key may see, read from its principal: the one
/// place pages, endpoints, exports and the hub ask. A location the caller may not see answers
/// exactly like one that does not exist, so nobody learns which other offices there are.
/// </summary>
public sealed class LocationAccess(ILocationSource locations)
{
    /// <summary>The claim holding the grant, written as <see cref="LocationGrant.ToString"/> ("all" or "a,b").</summary>
    public const string ClaimType = "locations";

    public static Claim ClaimFor(LocationGrant grant) => new(ClaimType, grant.ToString());

    /// <summary>
    /// The caller's grant. Every principal the app makes carries the claim; one without it (a
    /// session cookie issued before accounts had locations) is checked against the account on
    /// every request like any other, so it cannot see more than the account may.
    /// </summary>
    public static LocationGrant GrantOf(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimType) is { } value
            ? LocationGrant.Parse(value, out var error) ?? throw new InvalidOperationException($"Malformed {ClaimType} claim: {error}")
            : LocationGrant.All;

    public static bool MaySee(ClaimsPrincipal user, string locationId) => GrantOf(user).Allows(locationId);

    /// <summary>The location_id a request names, or the caller's default location when it names none; checked like every location_id.</summary>
    public static string RequestedId(ClaimsPrincipal user, QueryErrors errors, string? locationId) =>
        errors.LocationId(string.IsNullOrEmpty(locationId) ? GrantOf(user).DefaultLocation : locationId);

    /// <summary>The location, or null when it does not exist or the caller may not see it.</summary>
    public async Task<LocationInfo?> FindAsync(ClaimsPrincipal user, string locationId, CancellationToken ct = default) =>
        MaySee(user, locationId) ? await locations.FindAsync(locationId, ct) : null;

    /// <summary>Every location the caller may see, in the order of <see cref="ILocationSource.ListAsync"/>.</summary>
    public async Task<IReadOnlyList<LocationInfo>> ListAsync(ClaimsPrincipal user, CancellationToken ct = default) =>
        GrantOf(user).Filter(await locations.ListAsync(ct), l => l.LocationId);
}
