using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;

namespace JorgeBi.Web.Api.Infrastructure;

/// <summary>
/// Answers 405 (with Allow) when an API path exists but not for the request's method.
/// Routing alone answers 404 here whenever a catch-all GET endpoint is registered (static
/// assets add one), so the check looks at the API endpoints themselves.
/// </summary>
public static class MethodNotAllowed
{
    public static IApplicationBuilder UseMethodNotAllowedForApi(this WebApplication app) => app.Use(async (context, next) =>
    {
        await next(context);
        if (context.Response.StatusCode != StatusCodes.Status404NotFound || context.Response.HasStarted
            || !context.Request.Path.StartsWithSegments("/api")) return;
        var allowed = AllowedMethods(app, context.Request.Path);
        if (allowed.Count == 0) return;
        context.Response.Headers.Allow = string.Join(", ", allowed);
        await ApiProblem.WriteAsync(context, StatusCodes.Status405MethodNotAllowed, "Method not allowed",
            $"This endpoint accepts {string.Join(", ", allowed)}.");
    });

    private static List<string> AllowedMethods(IEndpointRouteBuilder routes, PathString path) =>
        routes.DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true && Matches(e.RoutePattern, path))
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])
            .Distinct()
            .ToList();

    private static bool Matches(RoutePattern pattern, PathString path) =>
        new TemplateMatcher(TemplateParser.Parse(pattern.RawText!.TrimStart('/')), new RouteValueDictionary()).TryMatch(path, new RouteValueDictionary());
}
