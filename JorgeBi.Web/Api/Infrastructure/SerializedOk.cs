using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace JorgeBi.Web.Api.Infrastructure;

/// <summary>
/// 200 with a body serialised beforehand: a cached answer is turned into JSON once and its
/// bytes are written to every later request, instead of serialising tens of kilobytes of
/// trend points per hit. Documented in OpenAPI exactly like <c>Ok&lt;T&gt;</c>.
/// </summary>
public sealed class SerializedOk<T>(byte[] utf8Json) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult
{
    public int? StatusCode => StatusCodes.Status200OK;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        httpContext.Response.ContentLength = utf8Json.Length;
        return httpContext.Response.Body.WriteAsync(utf8Json).AsTask();
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
}
