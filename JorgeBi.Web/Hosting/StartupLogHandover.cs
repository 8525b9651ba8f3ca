namespace JorgeBi.Web.Hosting;

/// <summary>
/// Hands the <see cref="StartupLog"/> to the host's logger before any other service starts.
/// Not earlier, right after the build: a test host's configuration (its log sinks) is complete
/// only once the host runs, and the host's logger is created from it on first use.
/// </summary>
internal sealed class StartupLogHandover(StartupLog log, Serilog.ILogger logger) : IHostedLifecycleService
{
    Task IHostedLifecycleService.StartingAsync(CancellationToken ct)
    {
        log.ForwardTo(logger);
        return Task.CompletedTask;
    }

    Task IHostedService.StartAsync(CancellationToken ct) => Task.CompletedTask;
    Task IHostedLifecycleService.StartedAsync(CancellationToken ct) => Task.CompletedTask;
    Task IHostedLifecycleService.StoppingAsync(CancellationToken ct) => Task.CompletedTask;
    Task IHostedService.StopAsync(CancellationToken ct) => Task.CompletedTask;
    Task IHostedLifecycleService.StoppedAsync(CancellationToken ct) => Task.CompletedTask;
}
