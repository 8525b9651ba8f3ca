using JorgeBi.Core.Demo;
using JorgeBi.Data.Seeding;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace JorgeBi.Data.Hosting;

/// <summary>A light simulation while the app serves, when Simulation:Rate is set (run.sh --simulate).</summary>
public sealed class BackgroundSimulation(IOptions<SimulationOptions> options, SimulationRunner runner) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        return o.Rate <= 0 ? Task.CompletedTask : runner.RunAsync(o.Rate, o.LocationId, null, stoppingToken);
    }
}
