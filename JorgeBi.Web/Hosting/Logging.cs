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

    /// <summary>Serilog from the "Serilog" configuration section; a rolling file outside Development.</summary>
    public static void AddLogging(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddSerilog((services, log) =>
        {
            log.ReadFrom.Configuration(builder.Configuration)
               .ReadFrom.Services(services)
               .Enrich.FromLogContext()
               .Enrich.With<AccessTokenRedaction>()
               .WriteTo.Console();
            if (!development)
            {
                log.WriteTo.File("logs/jorgebi-.log", rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14);
            }
        }, preserveStaticLogger: true);
    }
}
