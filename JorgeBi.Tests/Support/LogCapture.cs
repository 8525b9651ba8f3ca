using System.Collections.Concurrent;
using Serilog;
using Serilog.Configuration;
using Serilog.Core;
using Serilog.Events;

namespace JorgeBi.Tests.Support;

/// <summary>
/// Every log event of a host, kept in memory. A host picks its capture up through ordinary
/// configuration (<see cref="Settings"/>), so a command line host can be captured as well as
/// an <see cref="ApiFactory"/>.
/// </summary>
public sealed class LogCapture : ILogEventSink
{
    private static readonly ConcurrentDictionary<string, LogCapture> Open = new();
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public string Id { get; } = Guid.NewGuid().ToString("N");

    public LogCapture() => Open[Id] = this;

    public IReadOnlyCollection<LogEvent> Events => _events;

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>Configuration that sends a host's events, from Debug up in every category, here.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Serilog:Using:0"] = typeof(LogCapture).Assembly.GetName().Name,
        ["Serilog:WriteTo:0:Name"] = nameof(CaptureSinkExtensions.Capture),
        ["Serilog:WriteTo:0:Args:id"] = Id,
        ["Serilog:MinimumLevel:Default"] = "Debug",
        ["Serilog:MinimumLevel:Override:Microsoft"] = "Debug",
        ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Debug",
        ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Debug",
        ["Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime"] = "Debug",
    };

    /// <summary>Everything an event could write anywhere: its rendered message, every property and the exception.</summary>
    public static string Render(LogEvent e) =>
        string.Join("\n", [e.RenderMessage(), .. e.Properties.Select(p => $"{p.Key}={p.Value}"), e.Exception?.ToString() ?? ""]);

    internal static LogCapture Find(string id) => Open[id];
}

/// <summary>The configuration name of <see cref="LogCapture"/>: "WriteTo": [{ "Name": "Capture", "Args": { "id": ... } }].</summary>
public static class CaptureSinkExtensions
{
    public static LoggerConfiguration Capture(this LoggerSinkConfiguration sinks, string id) => sinks.Sink(LogCapture.Find(id));
}
