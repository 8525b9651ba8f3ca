using JorgeBi.Data.Access;

namespace JorgeBi.Web.Security;

/// <summary>One authorization policy per API key scope, named after the scope.</summary>
public static class ApiPolicies
{
    public const string BiRead = ApiKeyScopes.BiRead;
    public const string EventsWrite = ApiKeyScopes.EventsWrite;
    public const string Admin = ApiKeyScopes.Admin;

    public static IServiceCollection AddApiKeyAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
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
