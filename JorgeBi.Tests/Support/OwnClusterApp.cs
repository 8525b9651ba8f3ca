using JorgeBi.Data.Postgres;
using JorgeBi.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace JorgeBi.Tests.Support;

/// <summary>
/// The whole app over a PostgreSQL cluster of its own, for tests that really stop and start
/// the server: the shared test cluster has to stay up for every other test class. Short
/// timeouts, so requests made while it is down fail fast.
/// </summary>
public abstract class OwnClusterApp : IAsyncLifetime
{
    private readonly PostgresCluster _cluster;
    private int _port;

    protected OwnClusterApp(string purpose) =>
        _cluster = new(Path.Combine(Path.GetTempPath(), $"jorgebi-{purpose}-" + Guid.NewGuid().ToString("N")[..8]), ThrowawayCluster.Settings);

    protected WebApplicationFactory<Program> App { get; private set; } = null!;

    protected string ConnectionString { get; private set; } = "";

    /// <summary>Configuration overrides of a test class, e.g. raised rate limits.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        await _cluster.StartAsync();
        await _cluster.CreateDatabaseIfMissingAsync("jorgebi");
        ConnectionString = _cluster.ConnectionString("jorgebi") + ";Timeout=3;Command Timeout=10";
        App = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            b.UseSetting("ConnectionStrings:Postgres", ConnectionString);
            b.UseSetting("Serilog:MinimumLevel:Default", "Fatal");
            foreach (var (key, value) in Settings) b.UseSetting(key, value);
        });
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await _cluster.StopAsync();
        Directory.Delete(_cluster.RootDirectory, recursive: true);
    }

    protected async Task StopDatabaseAsync()
    {
        _port = _cluster.Port;
        await _cluster.StopAsync();
    }

    /// <summary>Starts the server again where the app expects it.</summary>
    protected Task StartDatabaseAsync() => _cluster.StartAsync(_port);
}
