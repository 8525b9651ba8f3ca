using System.Diagnostics;
using JorgeBi.Core.Demo;
using JorgeBi.Data.Postgres;
using JorgeBi.TestSupport;
using JorgeBi.Data.Access;
using JorgeBi.Data.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.E2E.Support;

/// <summary>
/// Once per test run: a throwaway cluster, a database with 12 months of demo history ending
/// this hour (the dashboard shows the last 30 days up to now), and the app serving it.
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    private ThrowawayCluster? _cluster;
    private AppServer? _server;

    public Uri BaseAddress => _server?.BaseAddress ?? throw new InvalidOperationException("The app has not started.");
    public TimeSpan StartupTime { get; private set; }
    public TimeSpan SeedTime { get; private set; }

    public async Task InitializeAsync()
    {
        var clock = Stopwatch.StartNew();
        _cluster = await ThrowawayCluster.StartAsync("jorgebi-e2e");
        var connectionString = await _cluster.CreateDatabaseAsync("jorgebi_e2e");
        _server = new AppServer(connectionString);
        _server.StartServer();
        StartupTime = clock.Elapsed;
        var now = DateTimeOffset.UtcNow;
        var end = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero);
        await _server.Services.GetRequiredService<DemoSeeder>()
            .SeedAsync(new DemoOptions(DemoScale.Demo, Seed: 42, Months: 12, End: end));
        var users = _server.Services.GetRequiredService<UserStore>();
        foreach (var role in UserRoles.All) await users.AddAsync(E2EUsers.UsernameFor(role), role, E2EUsers.Password);
        SeedTime = clock.Elapsed - StartupTime;
    }

    /// <summary>Services of the running app, e.g. to read the numbers a page must show.</summary>
    public IServiceProvider Services => _server?.Services ?? throw new InvalidOperationException("The app has not started.");

    /// <summary>Stops PostgreSQL, runs <paramref name="whileDown"/>, and starts it again where the app expects it.</summary>
    public async Task WithDatabaseStoppedAsync(Func<Task> whileDown)
    {
        var cluster = _cluster?.Cluster ?? throw new InvalidOperationException("The app has not started.");
        var port = cluster.Port;
        await cluster.StopAsync();
        try
        {
            await whileDown();
        }
        finally
        {
            await cluster.StartAsync(port);
        }
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
        if (_cluster is not null) await _cluster.DisposeAsync();
    }
}
