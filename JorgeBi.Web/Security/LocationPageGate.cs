using JorgeBi.Core.Events;
using JorgeBi.Web.Answers;
using JorgeBi.Web.Api.Infrastructure;
using Microsoft.AspNetCore.Components.Endpoints;

namespace JorgeBi.Web.Security;

/// <summary>
/// A page address naming a location the signed-in user may not see answers 404, like the API
/// and like a location that does not exist: the page is not rendered at all. (Inside an open
/// page the location picker offers only the user's locations, and the filters refuse others.)
/// Malformed ids are left to the page, which repeats the API's 400 message for them; "all" is
/// the user's own locations combined, never another's, so it always opens.
/// </summary>
public static class LocationPageGate
{
    public static IApplicationBuilder UseLocationPageGate(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            if (await RefusesAsync(context))
            {
                await PlainPage.WriteAsync(context, StatusCodes.Status404NotFound, "Unknown location", "#b91c1c",
                    """There is no location by that name among yours. <a href="/">Back to the dashboard</a>.""");
                return;
            }
            await next(context);
        });

    private static async Task<bool> RefusesAsync(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null
        && context.User.Identity?.IsAuthenticated == true
        && context.Request.Query["location_id"].ToString() is { Length: > 0 } id
        && EventValidator.LocationIdPattern().IsMatch(id)
        && !CompanyLocations.IsAll(id)
        && await context.RequestServices.GetRequiredService<LocationAccess>().FindAsync(context.User, id, context.RequestAborted) is null;
}
