using JorgeBi.Core.Demo;
using JorgeBi.Data.Seeding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace JorgeBi.Data.Hosting;

/// <summary>A light simulation while the app serves, when Simulation:Rate is set (run.sh --simulate).</summary>
public sealed class BackgroundSimulation(IOptions<SimulationOptions> options, IServiceProvider services) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (o.Rate <= 0) return Task.CompletedTask;
        // Resolved here, not injected: the database is up only once the lifetime service started.
        var runner = services.GetRequiredService<SimulationRunner>();
        return runner.RunAsync(o.Rate, o.LocationId, null, stoppingToken);
    }
}
