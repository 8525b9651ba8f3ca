using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Events;

namespace JorgeBi.Web.Hosting;

public static class Logging
{
    /// <summary>
    /// The static logger, for failures before or outside a host. Each host builds its own
    /// logger from configuration and leaves this one alone, so several hosts in one
    /// process (tests, two instances) never race to reconfigure a shared logger.
    /// </summary>
    public static void CreateStartupLogger() =>
        Log.Logger = new LoggerConfiguration()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .WriteTo.Console()
            .CreateLogger();

    /// <summary>
    /// Serilog from the "Serilog" configuration section; a rolling file outside Development.
    /// Sinks write on a background thread, so a request never waits for the console or the
    /// disk; the file rolls at 50 MB and by day, and 14 files are kept.
    /// </summary>
    public static void AddLogging(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddSerilog((services, log) =>
        {
            log.ReadFrom.Configuration(builder.Configuration)
               .ReadFrom.Services(services)
               .Enrich.FromLogContext()
               .Enrich.With<AccessTokenRedaction>()
               .WriteTo.Async(a => a.Console());
            if (!development)
            {
                log.WriteTo.Async(a => a.File("logs/jorgebi-.log", rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14,
                    fileSizeLimitBytes: 50 * 1024 * 1024, rollOnFileSizeLimit: true));
            }
        }, preserveStaticLogger: true);
        builder.Services.AddOptions<RequestLogOptions>().BindConfiguration(RequestLogOptions.Section).ValidateOnStart();
    }

    /// <summary>
    /// One line per request, at Information only when it failed or was slow; every other
    /// request at Debug, so the shipped configuration does not pay for a line per request.
    /// </summary>
    public static WebApplication UseRequestLogging(this WebApplication app)
    {
        var slow = app.Services.GetRequiredService<IOptions<RequestLogOptions>>().Value.SlowThreshold.TotalMilliseconds;
        // The host's own logger: the static one is only for failures outside a host.
        app.UseSerilogRequestLogging(o =>
        {
            o.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            o.GetLevel = (http, elapsedMs, error) =>
                error is not null || http.Response.StatusCode >= 500 ? LogEventLevel.Error
                : http.Response.StatusCode >= 400 || elapsedMs > slow ? LogEventLevel.Information
                : LogEventLevel.Debug;
        });
        return app;
    }
}
