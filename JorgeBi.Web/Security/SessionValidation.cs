using System.Security.Claims;
using JorgeBi.Data.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace JorgeBi.Web.Security;

/// <summary>
/// Checks a session cookie against the database: the user must still exist with the same
/// security stamp (a logout or password change rotates it, ending every session), and the
/// session must be younger than the absolute lifetime however active it was.
/// </summary>
public static class SessionValidation
{
    public const string StampClaim = "stamp";
    public const string AuthTimeClaim = "auth_time";
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan AbsoluteLifetime = TimeSpan.FromHours(12);

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var users = context.HttpContext.RequestServices.GetRequiredService<UserStore>();
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        var valid = long.TryParse(principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            && long.TryParse(principal!.FindFirstValue(AuthTimeClaim), out var authTime)
            && clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(authTime) < AbsoluteLifetime
            && await users.FindAsync(id, context.HttpContext.RequestAborted) is { } user
            && user.SecurityStamp.ToString() == principal.FindFirstValue(StampClaim)
            && user.Role == principal.FindFirstValue(ClaimTypes.Role);
        if (valid) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    public static ClaimsPrincipal PrincipalFor(AppUser user, DateTimeOffset now) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, user.UserId.ToString()),
        new Claim(ClaimTypes.Name, user.Username),
        new Claim(ClaimTypes.Role, user.Role),
        new Claim(StampClaim, user.SecurityStamp.ToString()),
        new Claim(AuthTimeClaim, now.ToUnixTimeSeconds().ToString()),
    ], CookieAuthenticationDefaults.AuthenticationScheme));
}
