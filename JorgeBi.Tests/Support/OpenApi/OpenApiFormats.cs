using System.Globalization;
using System.Text.Json;
using Json.Schema;

namespace JorgeBi.Tests.Support.OpenApi;

/// <summary>
/// The formats of the OpenAPI format registry that the document uses beyond JSON Schema's
/// own (date, date-time, ...): numbers of a given width, and local date-times. A validator
/// that requires format validation fails on formats it does not know, so each is checked here.
/// </summary>
public static class OpenApiFormats
{
    public static readonly IReadOnlyList<Format> All =
    [
        new NumberFormat("int32", v => v.TryGetInt32(out _)),
        new NumberFormat("int64", v => v.TryGetInt64(out _)),
        new NumberFormat("double", v => v.TryGetDouble(out var d) && double.IsFinite(d)),
        new NumberFormat("float", v => v.TryGetDouble(out var d) && double.IsFinite((float)d)),
        new LocalDateTimeFormat(),
    ];

    private sealed class NumberFormat(string key, Func<JsonElement, bool> fits) : Format(key)
    {
        public override bool Validate(JsonElement value, out string? errorMessage)
        {
            errorMessage = null;
            if (value.ValueKind != JsonValueKind.Number || fits(value)) return true;
            errorMessage = $"{value} does not fit {Key}";
            return false;
        }
    }

    /// <summary>date-time-local: an RFC 3339 date and time without an offset (a wall-clock time).</summary>
    private sealed class LocalDateTimeFormat() : Format("date-time-local")
    {
        private static readonly string[] Patterns = ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"];

        public override bool Validate(JsonElement value, out string? errorMessage)
        {
            errorMessage = null;
            if (value.ValueKind != JsonValueKind.String) return true;
            if (DateTime.TryParseExact(value.GetString(), Patterns, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) return true;
            errorMessage = $"{value} is not a local date-time (yyyy-MM-ddTHH:mm:ss, no offset)";
            return false;
        }
    }
}
