using System.Diagnostics.Metrics;
using OpenTelemetry.Metrics;

namespace JorgeBi.Web.Telemetry;

/// <summary>What is exported of which instrument, decided once when an instrument appears (nothing per measurement).</summary>
public static class MetricViews
{
    // The semantic conventions name these gauges *.count; Prometheus reserves the _count
    // suffix for histograms and summaries, and `promtool check metrics` rejects them.
    private static readonly IReadOnlyDictionary<string, string> GaugeNames = new Dictionary<string, string>
    {
        ["db.client.connection.count"] = "db.client.connections",
        ["dotnet.assembly.count"] = "dotnet.assemblies.loaded",
        ["dotnet.process.cpu.count"] = "dotnet.process.cpus",
        ["dotnet.thread_pool.thread.count"] = "dotnet.thread_pool.threads",
        ["dotnet.timer.count"] = "dotnet.timers",
    };

    public static MeterProviderBuilder AddJorgeBiViews(this MeterProviderBuilder metrics)
    {
        foreach (var (name, exported) in GaugeNames) metrics.AddView(name, exported);
        // A meter provider hears every meter of the process with a listed name. Meters made
        // by another host's factory (a second app in the process, as in the tests) would mix
        // that app's requests, circuits and gauges into this one's: only this app's own and
        // the process-wide ones (runtime, HttpClient, Npgsql, the write path's counters) count.
        ((IDeferredMeterProviderBuilder)metrics).Configure((services, builder) =>
        {
            var own = services.GetRequiredService<IMeterFactory>();
            builder.AddView(i => i.Meter.Scope is null || ReferenceEquals(i.Meter.Scope, own) ? null : MetricStreamConfiguration.Drop);
        });
        return metrics;
    }
}
