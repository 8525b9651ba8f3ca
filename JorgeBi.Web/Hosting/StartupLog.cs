using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;
using Serilog.Extensions.Logging;

namespace JorgeBi.Web.Hosting;

/// <summary>
/// The logger of what runs before the host's logger exists: starting the database and
/// migrating it. It holds those lines until the host starts (<see cref="StartupLogHandover"/>)
/// or a command begins, then forwards them, and everything logged through it later (the
/// cluster stopping), to the host's logger: the same sinks at the same levels. When starting
/// failed they go to the static logger.
/// </summary>
public sealed class StartupLog : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _held = new();
    private readonly object _gate = new();
    private Serilog.ILogger? _target;

    public StartupLog() =>
        Loggers = new SerilogLoggerFactory(new Serilog.LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(this).CreateLogger());

    public Microsoft.Extensions.Logging.ILoggerFactory Loggers { get; }

    public void Emit(LogEvent logEvent)
    {
        lock (_gate)
        {
            if (_target is null) _held.Enqueue(logEvent);
            else _target.Write(logEvent);
        }
    }

    /// <summary>Writes the held lines to <paramref name="logger"/> and sends every later one there.</summary>
    public void ForwardTo(Serilog.ILogger logger)
    {
        lock (_gate)
        {
            while (_held.TryDequeue(out var e)) logger.Write(e);
            _target = logger;
        }
    }
}
