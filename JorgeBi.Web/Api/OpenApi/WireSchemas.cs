using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace JorgeBi.Web.Api.OpenApi;

/// <summary>
/// Schemas as the answers are really written. A <see cref="DateTime"/> in an answer is a local
/// wall-clock time of the location (bucket and period starts), written without an offset, so
/// it is not an RFC 3339 <c>date-time</c>: it is the registry's <c>date-time-local</c>. Numbers
/// are always written as JSON numbers; the generator also allows numeric strings because the
/// web defaults read them, which would give clients a number-or-string type for every count.
/// </summary>
public static class WireSchemas
{
    /// <summary>yyyy-MM-ddTHH:mm:ss with optional fractions: what System.Text.Json writes for a DateTime of unspecified kind.</summary>
    public const string LocalDateTimePattern = @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$";

    public static Task ApplyAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (type == typeof(DateTime))
        {
            schema.Format = "date-time-local";
            schema.Pattern = LocalDateTimePattern;
            schema.Description ??= "Local wall-clock time in the location's time zone, without an offset.";
        }
        const JsonSchemaType numeric = JsonSchemaType.Number | JsonSchemaType.Integer;
        if (schema.Type is { } t && (t & numeric) != 0 && (t & JsonSchemaType.String) != 0)
        {
            schema.Type = t & ~JsonSchemaType.String;
            schema.Pattern = null;
        }
        return Task.CompletedTask;
    }
}
