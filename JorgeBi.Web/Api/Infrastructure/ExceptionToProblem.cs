using JorgeBi.Web.Resilience;
using Microsoft.AspNetCore.Diagnostics;

namespace JorgeBi.Web.Api.Infrastructure;

/// <summary>
/// The last line: a database outage becomes 503 with Retry-After (a page for browsers), a malformed request the
/// status Kestrel chose (400, 413, 415), and anything else a bare 500 with a trace id.
/// No stack trace, SQL or path ever reaches the client; the log has them.
/// </summary>
public sealed class ExceptionToProblem(ILogger<ExceptionToProblem> logger) : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (context.Response.HasStarted) return false;
        switch (exception)
        {
            case BadHttpRequestException bad:
                await ApiProblem.WriteAsync(context, bad.StatusCode, "Bad request", bad.StatusCode == 413 ? "The request body is too large." : "The request could not be read.");
                return true;
            case var e when DatabaseOutage.IsUnavailable(e):
                logger.LogWarning(e, "Database unavailable while serving {Path}", context.Request.Path);
                context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
                if (UnavailablePage.Wants(context))
                {
                    await UnavailablePage.WriteAsync(context);
                    return true;
                }
                await ApiProblem.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Service unavailable",
                    "Data is temporarily unavailable. Retry shortly.");
                return true;
            default:
                logger.LogError(exception, "Unhandled error serving {Path}", context.Request.Path);
                await ApiProblem.WriteAsync(context, StatusCodes.Status500InternalServerError, "Internal error",
                    "An unexpected error occurred. Quote the trace id when reporting it.");
                return true;
        }
    }
}
