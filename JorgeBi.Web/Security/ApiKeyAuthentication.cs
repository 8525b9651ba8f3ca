using System.Security.Claims;
using System.Text.Encodings.Web;
using JorgeBi.Data.Access;
using JorgeBi.Web.Resilience;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace JorgeBi.Web.Security;

/// <summary>
/// "Authorization: Bearer &lt;api key&gt;" for the JSON API and the hub. A key only ever
/// opens the API: the dashboard's pages use the cookie scheme and never this one.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyStore keys, ReadRetry retry)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string ScopeClaim = "scope";
    public const string KeyIdClaim = "api_key_id";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = PresentedKey();
        if (presented is null) return AuthenticateResult.NoResult();
        // Checking a key twice is harmless, so a broken pooled connection does not fail the request.
        var key = await retry.ExecuteAsync(async ct => await keys.VerifyAsync(presented, ct), Context.RequestAborted);
        if (key is null) return AuthenticateResult.Fail("Invalid API key.");
        var claims = key.Scopes.Select(s => new Claim(ScopeClaim, s))
            .Append(new Claim(ClaimTypes.Name, $"apikey:{key.Prefix}"))
            .Append(new Claim(KeyIdClaim, key.ApiKeyId.ToString()))
            .Append(LocationAccess.ClaimFor(key.Locations));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }

    // Browsers cannot set headers on a WebSocket, so the hub also takes the key the way
    // SignalR's JavaScript client sends it: as access_token in the query string.
    private string? PresentedKey()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return header["Bearer ".Length..].Trim();
        return Request.Path.StartsWithSegments("/hubs") && Request.Query["access_token"].ToString() is { Length: > 0 } token ? token : null;
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer realm=\"jorgebi\"";
        await ApiProblem.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Authentication required",
            "Send a valid API key as 'Authorization: Bearer <key>'.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblem.WriteAsync(Context, StatusCodes.Status403Forbidden, "Missing scope", "This API key lacks the scope this endpoint requires.");
}
