using JorgeBi.Core.Events;
using JorgeBi.Web.Answers;
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
    private const string Html = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Unknown location · JorgeBi</title>
        <style>body{font-family:Roboto,Helvetica,Arial,sans-serif;margin:0;background:#f5f7fa;color:#1f2933}
        main{max-width:36rem;margin:15vh auto;padding:2rem;background:#fff;border-left:6px solid #b91c1c;border-radius:6px}
        h1{font-size:1.4rem;margin-top:0}</style>
        </head>
        <body><main role="alert">
        <h1>Unknown location</h1>
        <p>There is no location by that name among yours. <a href="/">Back to the dashboard</a>.</p>
        </main></body>
        </html>
        """;

    public static IApplicationBuilder UseLocationPageGate(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            if (await RefusesAsync(context))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync(Html, context.RequestAborted);
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
