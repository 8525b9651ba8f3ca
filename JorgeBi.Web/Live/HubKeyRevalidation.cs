using System.Collections.Concurrent;
using System.Security.Claims;
using JorgeBi.Data.Access;
using JorgeBi.Web.Alerts;
using JorgeBi.Web.Resilience;
using JorgeBi.Web.Security;
using Microsoft.AspNetCore.SignalR;

namespace JorgeBi.Web.Live;

/// <summary>
/// An open hub connection keeps the API key it connected with: keys are checked per request,
/// and a WebSocket makes no more requests. So every <see cref="Interval"/> the keys of the open
/// connections are checked again, and a connection whose key was revoked is closed, as
/// <see cref="CircuitRevalidation"/> signs out an open page.
/// </summary>
public sealed class HubKeyRevalidation(ApiKeyStore keys, TimeProvider clock, ILogger<HubKeyRevalidation> log) : BackgroundService, IHubFilter
{
    public static readonly TimeSpan Interval = CircuitRevalidation.Interval;

    private readonly ConcurrentDictionary<string, (HubCallerContext Connection, long KeyId)> _open = new();

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        if (KeyIdOf(context.Context.User) is { } keyId) _open[context.Context.ConnectionId] = (context.Context, keyId);
        await next(context);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        _open.TryRemove(context.Context.ConnectionId, out _);
        await next(context, exception);
    }

    /// <summary>Closes every open connection whose key is revoked or gone; returns how many it closed.</summary>
    public async Task<int> RevalidateAsync(CancellationToken ct)
    {
        if (_open.IsEmpty) return 0;
        var valid = (await keys.ListAsync(ct)).Where(k => k.RevokedAt is null).Select(k => k.ApiKeyId).ToHashSet();
        var closed = 0;
        foreach (var (connectionId, (connection, keyId)) in _open)
        {
            if (valid.Contains(keyId)) continue;
            connection.Abort();
            _open.TryRemove(connectionId, out _);
            closed++;
        }
        if (closed > 0) log.LogInformation("Closed {Connections} hub connections whose API key was revoked", closed);
        return closed;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicRounds.RunAsync(Interval, clock, KeepOpenConnectionsWhileDatabaseIsAwayAsync, log, "Checking the hub's API keys", stoppingToken);

    // The database being away says nothing about a key: the next round decides.
    private async Task KeepOpenConnectionsWhileDatabaseIsAwayAsync(CancellationToken ct)
    {
        try
        {
            await RevalidateAsync(ct);
        }
        catch (Exception e) when (DatabaseOutage.IsUnavailable(e))
        {
        }
    }

    private static long? KeyIdOf(ClaimsPrincipal? user) =>
        long.TryParse(user?.FindFirst(ApiKeyAuthenticationHandler.KeyIdClaim)?.Value, out var id) ? id : null;
}
