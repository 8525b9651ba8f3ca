using JorgeBi.Data.Access;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace JorgeBi.Web.Security;

/// <summary>
/// Who may open which page: every signed-in user the executive page; managers and owners
/// the analysis pages; owners alone commissions and admin. Cookie scheme only.
/// </summary>
public static class PagePolicies
{
    public const string AnyUser = "page:any";
    public const string Analyst = "page:analyst";
    public const string Owner = "page:owner";

    public static AuthorizationBuilder AddPagePolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(AnyUser, p => Roles(p, UserRoles.Owner, UserRoles.Manager, UserRoles.Viewer))
        .AddPolicy(Analyst, p => Roles(p, UserRoles.Owner, UserRoles.Manager))
        .AddPolicy(Owner, p => Roles(p, UserRoles.Owner));

    private static void Roles(AuthorizationPolicyBuilder policy, params string[] roles) =>
        policy.AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme).RequireRole(roles);
}
