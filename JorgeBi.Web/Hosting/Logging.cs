using Serilog;
using Serilog.Events;

namespace JorgeBi.Web.Hosting;

public static class Logging
{
    /// <summary>The logger used until the host's configuration is read, so start-up failures are logged too.</summary>
    public static void CreateBootstrapLogger() =>
        Log.Logger = new LoggerConfiguration()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .WriteTo.Console()
            .CreateBootstrapLogger();

    /// <summary>Serilog from the "Serilog" configuration section; a rolling file outside Development.</summary>
    public static void AddLogging(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddSerilog((services, log) =>
        {
            log.ReadFrom.Configuration(builder.Configuration)
               .ReadFrom.Services(services)
               .Enrich.FromLogContext()
               .WriteTo.Console();
            if (!development)
            {
                log.WriteTo.File("logs/jorgebi-.log", rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14);
            }
        });
    }
}
