namespace JorgeBi.Web.Api.Infrastructure;

/// <summary>
/// What a browser gets instead of problem+json when a page request fails for lack of the
/// database (the session check itself reads it): a plain page that says so and reloads
/// itself, so the dashboard comes back without anyone pressing anything.
/// </summary>
public static class UnavailablePage
{
    private const string Html = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="refresh" content="10">
        <title>Data temporarily unavailable · JorgeBi</title>
        <style>body{font-family:Roboto,Helvetica,Arial,sans-serif;margin:0;background:#f5f7fa;color:#1f2933}
        main{max-width:36rem;margin:15vh auto;padding:2rem;background:#fff;border-left:6px solid #b45309;border-radius:6px}
        h1{font-size:1.4rem;margin-top:0}</style>
        </head>
        <body><main role="alert">
        <h1>Data temporarily unavailable</h1>
        <p>JorgeBi cannot reach its database right now. Nothing is lost: the page reloads by itself every 10 seconds and the dashboard returns as soon as the database is back.</p>
        </main></body>
        </html>
        """;

    public static bool Wants(HttpContext context) =>
        !context.Request.Path.StartsWithSegments("/api")
        && context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    public static Task WriteAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(Html);
    }
}
