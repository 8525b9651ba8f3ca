using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace JorgeBi.Web;

/// <summary>RFC 9457 problem+json with a trace id, written the same way from every corner of the app.</summary>
public static class ApiProblem
{
    public static Task WriteAsync(HttpContext context, int status, string title, string detail, IDictionary<string, string[]>? errors = null)
    {
        var problem = errors is null
            ? new ProblemDetails()
            : new HttpValidationProblemDetails(errors);
        problem.Status = status;
        problem.Title = title;
        problem.Detail = detail;
        problem.Type = TypeFor(status);
        AddTraceId(problem, context);
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(problem, problem.GetType(), options: null, contentType: "application/problem+json");
    }

    public static void AddTraceId(ProblemDetails problem, HttpContext context) =>
        problem.Extensions["trace_id"] = Activity.Current?.Id ?? context.TraceIdentifier;

    public static string TypeFor(int status) => status switch
    {
        429 => "https://www.rfc-editor.org/rfc/rfc6585#section-4",
        >= 400 and < 500 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5." + (status - 399),
        500 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1",
        503 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4",
        _ => "about:blank",
    };
}
