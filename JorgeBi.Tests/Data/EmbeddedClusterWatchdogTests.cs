using System.Diagnostics;

namespace JorgeBi.Tests.Data;

/// <summary>The app runs its own cluster when nothing is configured, and starts it again when its server dies.</summary>
public sealed class EmbeddedClusterWatchdogTests : IAsyncLifetime
{
    private readonly string _home = Path.Combine(Path.GetTempPath(), "jorgebi-watchdog-" + Guid.NewGuid().ToString("N")[..8]);
    private EmbeddedApp _app = null!;

    public Task InitializeAsync()
    {
        _app = new EmbeddedApp(_home);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        Directory.Delete(_home, recursive: true);
    }

    [Fact]
    public async Task KilledEmbeddedServer_IsStartedAgain_AndTheAppIsReadyOnceMore()
    {
        var client = _app.CreateClient();
        // Ready once the change-feed listener has connected, a moment after start.
        Assert.True(await EmbeddedApp.WaitForReadyAsync(client, TimeSpan.FromSeconds(60)), "the app did not become ready after start");
        var killed = PostmasterPid();

        Process.GetProcessById(killed).Kill();

        // Readiness may still answer from before the kill, so the new server comes first.
        Assert.True(await StartedAgainAsync(killed, TimeSpan.FromSeconds(60)), "the embedded server was not started again");
        var ready = await EmbeddedApp.WaitForReadyAsync(client, TimeSpan.FromSeconds(60));
        Assert.True(ready, "the app did not become ready again after its embedded server was killed");
    }

    private int PostmasterPid() => int.Parse(File.ReadLines(Path.Combine(_home, "pgdata", "postmaster.pid")).First());

    /// <summary>Polls the pid file for a server other than <paramref name="killed"/>; a deadline, not a timing assertion.</summary>
    private async Task<bool> StartedAgainAsync(int killed, TimeSpan deadline)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < deadline)
        {
            try
            {
                if (PostmasterPid() != killed) return true;
            }
            catch (Exception e) when (e is IOException or FormatException or InvalidOperationException)
            {
                // The pid file is gone or half written while the server restarts.
            }
            await Task.Delay(250);
        }
        return false;
    }
}
