using JorgeBi.Core.Events;

namespace JorgeBi.Core.Access;

/// <summary>
/// The locations an account or API key may see: every location, or a fixed set of them. The one
/// answer to "may this caller see location X" and "which locations may it see", for pages, the
/// API, exports and the live hub alike.
/// </summary>
public sealed class LocationGrant : IEquatable<LocationGrant>
{
    /// <summary>How every location is written on the command line, in the audit log and in a claim.</summary>
    public const string AllText = "all";

    public static readonly LocationGrant All = new(null);

    // Sorted and distinct, so equal grants print alike; null means every location.
    private readonly string[]? _only;

    private LocationGrant(string[]? only) => _only = only;

    /// <summary>Only these locations (at least one, each a valid location id).</summary>
    public static LocationGrant Only(IEnumerable<string> locationIds)
    {
        var ids = locationIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (ids.Length == 0) throw new ArgumentException("A location grant names at least one location.", nameof(locationIds));
        if (ids.FirstOrDefault(id => !EventValidator.LocationIdPattern().IsMatch(id)) is { } bad)
        {
            throw new ArgumentException($"'{bad}' is not a location id.", nameof(locationIds));
        }
        return new LocationGrant(ids);
    }

    /// <summary>
    /// "all", or comma-separated location ids; null with a message naming the mistake otherwise.
    /// The command line and the claim of a signed-in user are written this way.
    /// </summary>
    public static LocationGrant? Parse(string? text, out string? error)
    {
        var items = (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        error = null;
        if (items is [AllText]) return All;
        if (items.Length == 0) error = $"Give '{AllText}' or at least one location id.";
        else if (items.Contains(AllText)) error = $"'{AllText}' stands alone: it already means every location.";
        else if (items.FirstOrDefault(id => !EventValidator.LocationIdPattern().IsMatch(id)) is { } bad) error = $"'{bad}' is not a location id (^[a-z0-9][a-z0-9-]{{0,49}}$).";
        return error is null ? Only(items) : null;
    }

    /// <summary>As stored: null for every location.</summary>
    public static LocationGrant FromColumn(string[]? locations) => locations is null ? All : Only(locations);

    public string[]? ToColumn() => _only is null ? null : [.. _only];

    public bool IsAll => _only is null;

    /// <summary>The locations named; empty for <see cref="All"/>.</summary>
    public IReadOnlyList<string> Locations => _only ?? [];

    public bool Allows(string locationId) => _only is null || Array.BinarySearch(_only, locationId, StringComparer.Ordinal) >= 0;

    /// <summary>The location shown when none is asked for: <c>default</c> when allowed, else the first allowed one.</summary>
    public string DefaultLocation => Allows(Domain.DefaultLocation) ? Domain.DefaultLocation : _only![0];

    /// <summary>The items of <paramref name="all"/> this grant allows, in their order.</summary>
    public IReadOnlyList<T> Filter<T>(IEnumerable<T> all, Func<T, string> locationId) => [.. all.Where(x => Allows(locationId(x)))];

    /// <summary>For people: "every location", or the ids.</summary>
    public string Describe() => _only is null ? "every location" : string.Join(", ", _only);

    public override string ToString() => _only is null ? AllText : string.Join(',', _only);

    public bool Equals(LocationGrant? other) => other is not null && ToString() == other.ToString();

    public override bool Equals(object? obj) => Equals(obj as LocationGrant);

    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);
}
