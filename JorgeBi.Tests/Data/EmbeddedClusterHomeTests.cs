using System.Net;
using System.Net.Sockets;
using JorgeBi.Data.Hosting;
using JorgeBi.Data.Postgres;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Tests.Data;

/// <summary>
/// The embedded cluster of a checkout inside a folder only its owner may enter, as a clone
/// under /root or in a folder from mktemp -d is (the server runs as the postgres user when
/// the app runs as root): it starts, and a failed start leaves no server behind.
/// </summary>
public sealed class EmbeddedClusterHomeTests : IAsyncLifetime
{
    private readonly string _private = Directory.CreateTempSubdirectory("jorgebi-private-").FullName;

    private string Checkout => Path.Combine(_private, "jorgebi");

    private string DataDirectory => Path.Combine(Checkout, ".data", "postgres");

    public Task InitializeAsync()
    {
        // Mode 700, as /root is: only its owner may enter.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(_private, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory.CreateDirectory(Checkout);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        var cluster = new PostgresCluster(DataDirectory);
        await cluster.StopIfRunningAsync();
        if (Directory.Exists(cluster.RootDirectory)) Directory.Delete(cluster.RootDirectory, recursive: true);
        Directory.Delete(_private, recursive: true);
    }

    [Fact]
    public async Task AppInPrivateFolder_EmbeddedClusterStarts_AndTheAppIsReady()
    {
        await using var app = new EmbeddedApp(DataDirectory);

        // Ready once the change-feed listener has connected, a moment after start.
        Assert.True(await EmbeddedApp.WaitForReadyAsync(app.CreateClient(), TimeSpan.FromSeconds(60)), "the app did not become ready");
        var home = app.Services.GetRequiredService<AppDatabase>().EmbeddedDirectory!;
        Assert.True(File.Exists(Path.Combine(home, "pgdata", "PG_VERSION")));
    }

    [Fact]
    public async Task Serve_PortInUse_ExitsOne_AndStopsTheClusterItStarted()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var (code, output, _) = await AppProcess.RunAsync(Checkout, new Dictionary<string, string>(),
            "serve", "--urls", $"http://127.0.0.1:{port}", "--environment=Development", "--ConnectionStrings:Postgres=",
            "--Database:DataDirectory=.data/postgres", "--Database:SeedDemoData=false");

        Assert.Equal(1, code);
        Assert.Contains("Embedded PostgreSQL running in", output);
        Assert.Contains("address already in use", output, StringComparison.OrdinalIgnoreCase);
        Assert.False(await new PostgresCluster(DataDirectory).IsServerAliveAsync(), "the embedded server is still running");
    }
}
