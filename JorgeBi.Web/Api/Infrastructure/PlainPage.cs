using System.Net;

namespace JorgeBi.Web.Api.Infrastructure;

/// <summary>
/// The few pages the app answers without Blazor (no database, no such location): one small
/// self-contained HTML document, styled inline because the app's stylesheets may be what failed.
/// </summary>
public static class PlainPage
{
    /// <param name="accent">The colour of the notice's left border: amber for a passing fault, red for a refusal.</param>
    /// <param name="bodyHtml">Trusted markup of the paragraph under the heading.</param>
    /// <param name="refreshSeconds">When set, the browser reloads the page by itself after that long.</param>
    public static Task WriteAsync(HttpContext context, int statusCode, string title, string accent, string bodyHtml, int? refreshSeconds = null)
    {
        var refresh = refreshSeconds is { } s ? $"""<meta http-equiv="refresh" content="{s}">""" : "";
        var heading = WebUtility.HtmlEncode(title);
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            {refresh}
            <title>{heading} · JorgeBi</title>
            <style>body{"{"}font-family:Roboto,Helvetica,Arial,sans-serif;margin:0;background:#f5f7fa;color:#1f2933{"}"}
            main{"{"}max-width:36rem;margin:15vh auto;padding:2rem;background:#fff;border-left:6px solid {accent};border-radius:6px{"}"}
            h1{"{"}font-size:1.4rem;margin-top:0{"}"}</style>
            </head>
            <body><main role="alert">
            <h1>{heading}</h1>
            <p>{bodyHtml}</p>
            </main></body>
            </html>
            """, context.RequestAborted);
    }
}
