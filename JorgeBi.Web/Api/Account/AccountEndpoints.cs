using JorgeBi.Data.Access;
using Microsoft.AspNetCore.Antiforgery;
using JorgeBi.Web.Api.Infrastructure;
using JorgeBi.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace JorgeBi.Web.Api.Account;

/// <summary>
/// Sign-in and sign-out for the dashboard: form posts with antiforgery, a strict rate limit,
/// one message for every failure (no user enumeration), and an audit entry for each try.
/// </summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").ExcludeFromDescription();
        account.MapPost("/login", Login).RequireRateLimiting(RateLimiting.Login);
        account.MapPost("/logout", Logout).RequireAuthorization(PagePolicies.AnyUser);
        return app;
    }

    private static async Task<RedirectHttpResult> Login(
        [FromForm] string? username, [FromForm] string? password, [FromForm] string? returnUrl,
        HttpContext http, UserStore users, AuditLog audit, TimeProvider clock)
    {
        var ip = http.Connection.RemoteIpAddress?.ToString();
        var name = (username ?? "").Trim().ToLowerInvariant();
        var result = name.Length is > 0 and <= 50 && password is { Length: > 0 and <= 200 }
            ? await users.CheckPasswordAsync(name, password, http.RequestAborted)
            : new LoginResult(LoginOutcome.Invalid, null);
        if (result.User is not { } user)
        {
            await audit.WriteAsync(name.Length is > 0 and <= 50 ? name : "?", result.Outcome == LoginOutcome.LockedOut ? "login.locked" : "login.failed", remoteIp: ip);
            return TypedResults.LocalRedirect("/login?error=1" + (LocalUrl(returnUrl) is { } back ? "&returnUrl=" + Uri.EscapeDataString(back) : ""));
        }
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, SessionValidation.PrincipalFor(user, clock.GetUtcNow()));
        await audit.WriteAsync(user.Username, "login", remoteIp: ip);
        return TypedResults.LocalRedirect(LocalUrl(returnUrl) ?? "/");
    }

    private static async Task<Results<RedirectHttpResult, BadRequest>> Logout(HttpContext http, IAntiforgery antiforgery, UserStore users, AuditLog audit)
    {
        // Sign-in binds a form, so the framework checks its token; sign-out binds nothing and checks it here.
        if (!await antiforgery.IsRequestValidAsync(http)) return TypedResults.BadRequest();
        if (long.TryParse(http.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, out var id))
        {
            // Rotating the stamp ends this session everywhere, including copies of the cookie.
            await users.EndSessionsAsync(id, http.RequestAborted);
        }
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        await audit.WriteAsync(http.User.Identity?.Name ?? "?", "logout", remoteIp: http.Connection.RemoteIpAddress?.ToString());
        return TypedResults.LocalRedirect("/login");
    }

    // Only same-site paths: never redirect a user to another host after sign-in.
    private static string? LocalUrl(string? url) =>
        url is { Length: > 0 and < 500 } && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\") ? url : null;
}
