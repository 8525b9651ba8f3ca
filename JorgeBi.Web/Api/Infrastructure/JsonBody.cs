using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JorgeBi.Web.Api.Infrastructure;

/// <summary>
/// Reads a JSON request body into <typeparamref name="T"/>, turning every way it can be
/// wrong (media type, syntax, types, unknown members) into a 400/415 that names the field.
/// </summary>
public static class JsonBody
{
    /// <summary>
    /// How request bodies are read: snake_case names as the API writes them (case-insensitive),
    /// unknown members refused, the generated metadata first and reflection only behind it.
    /// </summary>
    public static JsonSerializerOptions Options(int maxDepth) => new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        MaxDepth = maxDepth,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        TypeInfoResolver = JsonTypeInfoResolver.Combine(ApiJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    public static async Task<JsonBodyResult<T>> ReadAsync<T>(
        HttpRequest request, JsonSerializerOptions options, CancellationToken ct) where T : class
    {
        if (!request.HasJsonContentType())
        {
            return new(null, null, TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type", detail: "Send application/json."));
        }
        try
        {
            var body = await JsonSerializer.DeserializeAsync<T>(request.Body, options, ct);
            return body is null ? new(null, Invalid("$", "Expected a JSON object."), null) : new(body, null, null);
        }
        catch (JsonException e)
        {
            return new(null, Invalid(FieldOf(e.Path), "Malformed JSON, an unknown member, or a value of the wrong type."), null);
        }
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    // "$.filters.source" -> "filters.source": the same names as the validation errors use.
    private static string FieldOf(string? path) => string.IsNullOrEmpty(path) || path == "$" ? "$" : path.TrimStart('$', '.');
}

/// <summary>A body, or why there is none: invalid JSON (400) or another media type (415).</summary>
public sealed record JsonBodyResult<T>(T? Body, ValidationProblem? Invalid, ProblemHttpResult? Unsupported) where T : class;
