using System.CommandLine;
using JorgeBi.Core.Access;
using JorgeBi.Core.Kpis;

namespace JorgeBi.Web.Cli;

/// <summary>The --locations option of the user and apikey commands: what an account or key may see.</summary>
internal static class LocationsOption
{
    public const string Name = "--locations";

    public static Option<string> Create() =>
        new(Name) { Description = $"'{LocationGrant.AllText}' or comma-separated location ids (e.g. north,south): the locations it may see" };

    /// <summary>The grant written; <paramref name="fallback"/> when the option is left out; null with an error naming the option when malformed.</summary>
    public static LocationGrant? Read(string? text, LocationGrant? fallback, out string? error)
    {
        error = null;
        if (text is null) return fallback;
        var grant = LocationGrant.Parse(text, out var problem);
        if (problem is not null) error = $"{Name}: {problem}";
        return grant;
    }

    /// <summary>Names each location of the grant that does not exist (a typo would lock the account out of it).</summary>
    public static async Task<string?> UnknownAsync(IServiceProvider services, LocationGrant grant, CancellationToken ct)
    {
        if (grant.IsAll) return null;
        var known = (await services.GetRequiredService<ILocationSource>().ListAsync(ct)).Select(l => l.LocationId).ToHashSet();
        var unknown = grant.Locations.Where(id => !known.Contains(id)).ToList();
        return unknown.Count == 0 ? null
            : $"{Name}: no location {string.Join(", ", unknown.Select(id => $"'{id}'"))}. Known: {string.Join(", ", known.Order())} (add one with 'location set').";
    }
}
