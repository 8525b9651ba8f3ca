using System.Collections.Concurrent;

namespace JorgeBi.Web.Live;

/// <summary>
/// The hub connections of this instance in each location's group. The broadcaster reads a
/// location's snapshot and new events only while one of them listens: under thousands of
/// events a second, reading the last minutes' facts for nobody took the cores the
/// aggregator needed.
/// </summary>
public sealed class LocationHubGroups
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _connections = new(StringComparer.Ordinal);

    public void Join(string connectionId, string locationId) =>
        _connections.GetOrAdd(locationId, _ => new(StringComparer.Ordinal))[connectionId] = 0;

    public void Leave(string connectionId, string locationId)
    {
        if (_connections.TryGetValue(locationId, out var members)) members.TryRemove(connectionId, out _);
    }

    /// <summary>A closed connection leaves every group.</summary>
    public void LeaveAll(string connectionId)
    {
        foreach (var members in _connections.Values) members.TryRemove(connectionId, out _);
    }

    public bool IsHeard(string locationId) => _connections.TryGetValue(locationId, out var members) && !members.IsEmpty;
}
