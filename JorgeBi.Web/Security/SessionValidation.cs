using System.Security.Claims;
using JorgeBi.Data.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.StaticAssets;

namespace JorgeBi.Web.Security;

/// <summary>
/// Checks a session cookie against the database: the user must still exist, enabled, with the
/// same security stamp (a logout, password change or new access rotates it, ending every
/// session), role and locations, and the session must be younger than the absolute lifetime
/// however active it was.
/// </summary>
public static class SessionValidation
{
    public const string StampClaim = "stamp";
    public const string AuthTimeClaim = "auth_time";
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan AbsoluteLifetime = TimeSpan.FromHours(12);

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        // Scripts and stylesheets are public, so their requests need no check, which would read
        // the database: a page open while the database is away still loads what it loads late
        // (the chart library) and keeps its charts.
        if (context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is not null) return;
        var services = context.HttpContext.RequestServices;
        if (context.Principal is { } principal
            && await IsCurrentAsync(principal, services.GetRequiredService<UserStore>(), services.GetRequiredService<TimeProvider>(), context.HttpContext.RequestAborted))
        {
            return;
        }
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    /// <summary>
    /// The session is within its lifetime and still says what the account says (enabled, stamp,
    /// role, locations): the check of every request's cookie and of open pages (<see cref="CircuitRevalidation"/>).
    /// </summary>
    public static async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, UserStore users, TimeProvider clock, CancellationToken ct) =>
        long.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
        && long.TryParse(principal.FindFirstValue(AuthTimeClaim), out var authTime)
        && clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(authTime) < AbsoluteLifetime
        && await users.FindAsync(id, ct) is { IsDisabled: false } user
        && user.SecurityStamp.ToString() == principal.FindFirstValue(StampClaim)
        && user.Role == principal.FindFirstValue(ClaimTypes.Role)
        && user.Locations.Equals(LocationAccess.GrantOf(principal));

    public static ClaimsPrincipal PrincipalFor(AppUser user, DateTimeOffset now) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, user.UserId.ToString()),
        new Claim(ClaimTypes.Name, user.Username),
        new Claim(ClaimTypes.Role, user.Role),
        LocationAccess.ClaimFor(user.Locations),
        new Claim(StampClaim, user.SecurityStamp.ToString()),
        new Claim(AuthTimeClaim, now.ToUnixTimeSeconds().ToString()),
    ], CookieAuthenticationDefaults.AuthenticationScheme));
}
