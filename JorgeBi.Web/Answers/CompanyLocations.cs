using System.Security.Claims;
using JorgeBi.Core.Kpis;
using JorgeBi.Web.Security;

namespace JorgeBi.Web.Answers;

/// <summary>
/// What <c>location_id=all</c> stands for: every location the caller may see, as
/// <see cref="LocationAccess"/> lists them for the account or API key, so a manager of one office
/// combines only that office. The one place that decides it, and the default where locations combine.
/// </summary>
public sealed class CompanyLocations(LocationAccess access)
{
    public const string All = "all";

    public const string Name = "All locations";

    public static bool IsAll(string? locationId) => locationId == All;

    /// <summary>The locations "all" stands for, for this caller, in display order.</summary>
    public Task<IReadOnlyList<LocationInfo>> ListAsync(ClaimsPrincipal user, CancellationToken ct = default) => access.ListAsync(user, ct);

    /// <summary>
    /// The location shown where locations combine and the request names none: "all" for a caller
    /// who may see more than one location, their only one otherwise (and their usual default when
    /// none of theirs exists yet).
    /// </summary>
    public async Task<string> DefaultIdAsync(ClaimsPrincipal user, CancellationToken ct = default) =>
        await ListAsync(user, ct) switch
        {
            { Count: > 1 } => All,
            [var only] => only.LocationId,
            _ => LocationAccess.GrantOf(user).DefaultLocation,
        };
}
