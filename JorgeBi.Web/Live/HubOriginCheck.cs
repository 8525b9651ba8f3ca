namespace JorgeBi.Web.Live;

/// <summary>
/// Refuses hub requests (negotiate and the WebSocket handshake) carrying an Origin other
/// than this site's: a page on another site cannot open a live connection with a key it got
/// hold of (cross-site WebSocket hijacking). The metrics hub also admits the configured
/// CORS origins, which are API consumers; the dashboard's own circuit hub admits only this
/// site. Clients that are not browsers send no Origin.
/// </summary>
public static class HubOriginCheck
{
    public static IApplicationBuilder UseHubOriginCheck(this WebApplication app)
    {
        var allowed = app.Configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/hubs"), hubs => hubs.Use((context, next) => Check(context, next, allowed)));
        return app.UseWhen(c => c.Request.Path.StartsWithSegments("/_blazor"), circuit => circuit.Use((context, next) => Check(context, next, [])));
    }

    private static Task Check(HttpContext context, RequestDelegate next, string[] allowed)
    {
        var origin = context.Request.Headers.Origin.ToString();
        var own = $"{context.Request.Scheme}://{context.Request.Host}";
        if (origin.Length == 0 || origin == own || allowed.Contains(origin)) return next(context);
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }
}
