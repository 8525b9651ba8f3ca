using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace JorgeBi.Tests.Support;

/// <summary>A started connection to the app's metrics hub, as an external consumer makes it: an API key, optionally a browser's Origin.</summary>
public static class HubClient
{
    public static async Task<HubConnection> ConnectAsync(ApiFactory app, string key, string? origin = null)
    {
        _ = app.CreateClient();
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(app.Server.BaseAddress, "/hubs/metrics"), o =>
            {
                o.HttpMessageHandlerFactory = _ => app.Server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
                o.Headers["Authorization"] = "Bearer " + key;
                if (origin is not null) o.Headers["Origin"] = origin;
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }
}
