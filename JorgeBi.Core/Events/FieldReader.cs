using System.Globalization;
using System.Text.Json;

namespace JorgeBi.Core.Events;

/// <summary>
/// Reads typed fields from one JSON object, recording a named error for each missing or
/// ill-typed field instead of throwing, so one pass reports every problem of an event.
/// </summary>
internal sealed class FieldReader(JsonElement obj, string prefix, ValidationErrors errors)
{
    public void Fail(string name, string message) => errors.Add(prefix + name, message);

    private JsonElement? Get(string name, bool required)
    {
        if (obj.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null) return v;
        if (required) Fail(name, "Required.");
        return null;
    }

    public string? Text(string name) => ReadText(name, required: true);

    public string? OptionalText(string name) => ReadText(name, required: false);

    private string? ReadText(string name, bool required)
    {
        if (Get(name, required) is not { } v) return null;
        if (v.ValueKind != JsonValueKind.String) { Fail(name, "Must be a string."); return null; }
        var s = v.GetString()!;
        if (s.Trim().Length == 0) { Fail(name, "Must not be empty."); return null; }
        if (s.Length > EventValidator.MaxTextLength) { Fail(name, $"At most {EventValidator.MaxTextLength} characters."); return null; }
        if (s.Any(char.IsControl)) { Fail(name, "Must not contain control characters."); return null; }
        return s;
    }

    public string? OneOf(string name, IReadOnlyList<string> allowed, bool required = true)
    {
        var s = ReadText(name, required);
        if (s is null || allowed.Contains(s)) return s;
        Fail(name, $"Must be one of: {string.Join(", ", allowed)}.");
        return null;
    }

    public Guid? Guid(string name)
    {
        var s = Text(name);
        if (s is null) return null;
        if (System.Guid.TryParse(s, out var g)) return g;
        Fail(name, "Must be a UUID.");
        return null;
    }

    public DateTimeOffset? Instant(string name, bool required = true)
    {
        var s = ReadText(name, required);
        if (s is null) return null;
        // An offset is required: a bare local time is ambiguous across locations.
        if (DateTimeOffset.TryParseExact(s, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"],
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            && (s.EndsWith('Z') || s.EndsWith("z") || s.Length > 6 && (s[^6] == '+' || s[^6] == '-')))
        {
            return at;
        }
        Fail(name, "Must be an ISO-8601 date-time with an offset, e.g. 2026-10-14T16:02:11-07:00.");
        return null;
    }

    public DateOnly? Date(string name)
    {
        var s = ReadText(name, required: false);
        if (s is null) return null;
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        Fail(name, "Must be a date, yyyy-MM-dd.");
        return null;
    }

    public bool? Bool(string name)
    {
        if (Get(name, required: true) is not { } v) return null;
        if (v.ValueKind is JsonValueKind.True or JsonValueKind.False) return v.GetBoolean();
        Fail(name, "Must be true or false.");
        return null;
    }

    /// <summary>A number within [min, max] (or (min, max] when <paramref name="minExclusive"/>).</summary>
    public decimal? Number(string name, decimal min, decimal max, bool minExclusive = false, bool required = true)
    {
        if (Get(name, required) is not { } v) return null;
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetDecimal(out var n))
        {
            Fail(name, "Must be a number.");
            return null;
        }
        if (minExclusive ? n <= min : n < min)
        {
            Fail(name, minExclusive ? $"Must be greater than {min.ToString(CultureInfo.InvariantCulture)}." : $"Must be at least {min.ToString(CultureInfo.InvariantCulture)}.");
            return null;
        }
        if (n > max)
        {
            Fail(name, $"Must be at most {max.ToString(CultureInfo.InvariantCulture)}.");
            return null;
        }
        return n;
    }

    public int? Integer(string name, int min, int max)
    {
        var n = Number(name, min, max);
        if (n is null) return null;
        if (n != decimal.Truncate(n.Value)) { Fail(name, "Must be a whole number."); return null; }
        return (int)n.Value;
    }

    public JsonElement? Object(string name)
    {
        if (Get(name, required: true) is not { } v) return null;
        if (v.ValueKind == JsonValueKind.Object) return v;
        Fail(name, "Must be an object.");
        return null;
    }
}
