namespace JorgeBi.Web.Live;

/// <summary>
/// Refuses hub requests (negotiate and the WebSocket handshake) carrying an Origin other
/// than this site's or a configured CORS origin: a page on another site cannot open a live
/// connection with a key it got hold of. Clients that are not browsers send no Origin.
/// </summary>
public static class HubOriginCheck
{
    public static IApplicationBuilder UseHubOriginCheck(this WebApplication app)
    {
        var allowed = app.Configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        return app.UseWhen(c => c.Request.Path.StartsWithSegments("/hubs"), hubs => hubs.Use((context, next) =>
        {
            var origin = context.Request.Headers.Origin.ToString();
            var own = $"{context.Request.Scheme}://{context.Request.Host}";
            if (origin.Length == 0 || origin == own || allowed.Contains(origin)) return next(context);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        }));
    }
}
