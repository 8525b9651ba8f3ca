using JorgeBi.Data.Access;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace JorgeBi.Web.Security;

/// <summary>One authorization policy per API key scope, named after the scope.</summary>
public static class ApiPolicies
{
    public const string BiRead = ApiKeyScopes.BiRead;
    public const string EventsWrite = ApiKeyScopes.EventsWrite;
    public const string Admin = ApiKeyScopes.Admin;

    public static IServiceCollection AddApiKeyAuthentication(this IServiceCollection services)
    {
        // Pages authenticate with the cookie (the default scheme); API policies name the key
        // scheme explicitly. So a key never opens a page, and a cookie never opens the API.
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/login";
                o.AccessDeniedPath = "/forbidden";
                o.Cookie.Name = "jorgebi.session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = SessionValidation.IdleTimeout;
                o.Events.OnValidatePrincipal = SessionValidation.ValidateAsync;
            })
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPagePolicies()
            .AddPolicy(BiRead, p => Scope(p, BiRead))
            .AddPolicy(EventsWrite, p => Scope(p, EventsWrite))
            .AddPolicy(Admin, p => Scope(p, Admin));
        return services;
    }

    private static void Scope(Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder policy, string scope) =>
        policy.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
              .RequireAuthenticatedUser()
              .RequireClaim(ApiKeyAuthenticationHandler.ScopeClaim, scope);
}
