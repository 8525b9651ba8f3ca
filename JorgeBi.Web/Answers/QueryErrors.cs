using System.Globalization;
using JorgeBi.Core.Events;

namespace JorgeBi.Web.Answers;

/// <summary>
/// Parses query parameters that arrive as text, recording an error per bad field, so a
/// request with three mistakes hears about all three in one 400.
/// </summary>
public sealed class QueryErrors
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public IDictionary<string, string[]> ToDictionary() => _errors;

    public void Add(string field, string message) =>
        _errors[field] = _errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];

    public string LocationId(string? value)
    {
        var id = string.IsNullOrEmpty(value) ? Domain.DefaultLocation : value;
        if (EventValidator.LocationIdPattern().IsMatch(id) || id == CompanyLocations.All) return id;
        Add("location_id", "Must match ^[a-z0-9][a-z0-9-]{0,49}$, or be 'all' (every location).");
        return Domain.DefaultLocation;
    }

    public string? OneOf(string field, string? value, IReadOnlyList<string> allowed, string? fallback)
    {
        if (string.IsNullOrEmpty(value)) return fallback;
        if (allowed.Contains(value)) return value;
        Add(field, $"Must be one of: {string.Join(", ", allowed)}.");
        return fallback;
    }

    public DateOnly? Date(string field, string? value)
    {
        if (string.IsNullOrEmpty(value)) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        Add(field, "Must be a date, yyyy-MM-dd.");
        return null;
    }

    public int Integer(string field, string? value, int min, int max, int fallback)
    {
        if (string.IsNullOrEmpty(value)) return fallback;
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
        Add(field, $"Must be a whole number from {min} to {max}.");
        return fallback;
    }

    public double Number(string field, string? value, double min, double max, double fallback)
    {
        if (string.IsNullOrEmpty(value)) return fallback;
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) && n >= min && n <= max) return n;
        Add(field, $"Must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}.");
        return fallback;
    }

    public bool Flag(string field, string? value, bool fallback)
    {
        if (string.IsNullOrEmpty(value)) return fallback;
        if (bool.TryParse(value, out var b)) return b;
        Add(field, "Must be true or false.");
        return fallback;
    }

    /// <summary>A comma-separated list whose items must all be allowed; empty means all.</summary>
    public IReadOnlyList<string> List(string field, string? value, IReadOnlyList<string> allowed)
    {
        if (string.IsNullOrEmpty(value)) return allowed;
        var items = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = items.Where(i => !allowed.Contains(i)).ToList();
        if (unknown.Count == 0 && items.Length > 0) return items.Distinct().ToList();
        Add(field, $"Items must be among: {string.Join(", ", allowed)}.");
        return allowed;
    }
}
