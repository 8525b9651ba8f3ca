namespace JorgeBi.Web.Api.Infrastructure;

/// <summary>
/// What a browser gets instead of problem+json when a page request fails for lack of the
/// database (the session check itself reads it): a plain page that says so and reloads
/// itself, so the dashboard comes back without anyone pressing anything.
/// </summary>
public static class UnavailablePage
{
    public static bool Wants(HttpContext context) =>
        !context.Request.Path.StartsWithSegments("/api")
        && context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    public static Task WriteAsync(HttpContext context) =>
        PlainPage.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Data temporarily unavailable", "#b45309",
            "JorgeBi cannot reach its database right now. Nothing is lost: the page reloads by itself every 10 seconds and the dashboard returns as soon as the database is back.",
            refreshSeconds: 10);
}
