using JorgeBi.Data.Access;
using JorgeBi.Web.Resilience;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace JorgeBi.Web.Security;

/// <summary>
/// An open page keeps the user it was opened with: cookies are checked per request, and a live
/// page makes none. So its user is checked again every <see cref="Interval"/> by the same rules;
/// a disabled account, ended sessions or a changed role or location list sign the page out.
/// </summary>
public sealed class CircuitRevalidation(ILoggerFactory loggers, UserStore users, TimeProvider clock)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override TimeSpan RevalidationInterval => Interval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken ct)
    {
        try
        {
            return await SessionValidation.IsCurrentAsync(state.User, users, clock, ct);
        }
        // The database being away says nothing about the user: the next check decides.
        catch (Exception e) when (DatabaseOutage.IsUnavailable(e))
        {
            return true;
        }
    }
}
