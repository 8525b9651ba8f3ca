using System.Collections.Concurrent;
using JorgeBi.Core.Access;

namespace JorgeBi.Web.Live;

/// <summary>
/// The hub connections that joined "all" (every location their key may see), by grant: each
/// grant has its own group, so a key of two offices hears those two and never a third. The
/// broadcaster asks which grants are listening to compute each one's combined snapshot, and
/// only while someone listens.
/// </summary>
public sealed class CompanyHubGroups
{
    private readonly ConcurrentDictionary<string, LocationGrant> _connections = new();

    public static string Group(LocationGrant grant) => "company:" + grant;

    public void Join(string connectionId, LocationGrant grant) => _connections[connectionId] = grant;

    public void Leave(string connectionId) => _connections.TryRemove(connectionId, out _);

    /// <summary>The grants with a connection listening that include <paramref name="locationId"/>.</summary>
    public IReadOnlyList<LocationGrant> Hearing(string locationId) =>
        [.. _connections.Values.Distinct().Where(g => g.Allows(locationId))];
}
