using JorgeBi.Core;
using JorgeBi.Data;
using JorgeBi.Web.Api;
using JorgeBi.Data.Hosting;
using JorgeBi.Data.Seeding;
using JorgeBi.Web.Api.Account;
using JorgeBi.Web.Api.Settings;
using JorgeBi.Web.Api.Events;
using JorgeBi.Web.Api.Export;
using JorgeBi.Web.Api.Infrastructure;
using JorgeBi.Web.Health;
using JorgeBi.Web.Live;
using JorgeBi.Web.Security;
using JorgeBi.Web.Telemetry;
using Serilog;

namespace JorgeBi.Web.Hosting;

/// <summary>Builds the application: the same configuration and services for serving and for every command.</summary>
public static class WebHost
{
    /// <summary>
    /// Starts (or finds) the database first and readies it as <paramref name="preparation"/>
    /// says, then builds the services over its connection string. Disposing the app stops a
    /// cluster it started; so does a failure before the app exists.
    /// </summary>
    public static async Task<WebApplication> BuildAsync(string[] args, DatabasePreparation preparation, CancellationToken ct = default)
    {
        var builder = WebApplication.CreateBuilder(args);
        // No product banner: the server's name and version only help an attacker pick exploits.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        // A build run outside Development (./run.sh) finds package assets (MudBlazor,
        // blazor.web.js, scoped CSS) and their compressed copies only through the build's static
        // web assets manifest, which the SDK loads by itself in Development only. A published app
        // has none: a no-op there.
        builder.WebHost.UseStaticWebAssets();
        // Serve assets exactly as the manifest describes them (precompressed br/gzip, a year's
        // immutable caching for fingerprinted URLs) in every environment. The framework's
        // edit-while-running mode, on by default for a build, judges a file changed when its
        // timestamp differs from the manifest's and then re-encodes it on the fly as gzip while
        // the endpoint still says `Content-Encoding: br`: browsers fail with
        // ERR_CONTENT_DECODING_FAILED. MudBlazor's package declares MudBlazor.min.css one second
        // later than the zip restores it, so that stylesheet always took this path.
        builder.Configuration["ReloadStaticAssetsAtRuntime"] = "false";
        builder.AddLogging();
        var startupLog = new StartupLog();
        var database = await StartDatabaseAsync(builder, preparation, startupLog, ct);
        WebApplication app;
        try
        {
            builder.Services.AddSingleton(startupLog);
            builder.Services.AddHostedService<StartupLogHandover>();
            builder.Services.AddCoreServices();
            builder.Services.AddDataServices(database);
            builder.Services.AddWebServices(builder.Configuration);
            app = builder.Build();
        }
        catch
        {
            startupLog.ForwardTo(Log.Logger);
            await database.DisposeAsync();
            throw;
        }
        // From here the container owns the database and stops a cluster it started when the app is disposed.
        app.Services.GetRequiredService<AppDatabase>();
        if (!database.NeedsDemoData) return app;
        try
        {
            startupLog.ForwardTo(app.Services.GetRequiredService<Serilog.ILogger>());
            await app.Services.GetRequiredService<FirstStartData>().SeedAsync(ct);
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    private static async Task<AppDatabase> StartDatabaseAsync(
        WebApplicationBuilder builder, DatabasePreparation preparation, StartupLog log, CancellationToken ct)
    {
        try
        {
            return await AppDatabase.StartAsync(DatabaseOptions.From(builder.Configuration), preparation, log.Loggers, ct);
        }
        catch
        {
            log.ForwardTo(Log.Logger);
            throw;
        }
    }

    public static WebApplication UseJorgeBi(this WebApplication app)
    {
        app.UseRequestLogging();
        app.UseApiInfrastructure();
        app.UseHubOriginCheck();
        app.UseAntiforgery();
        app.UseLocationPageGate();
        app.MapStaticAssets();
        app.MapHealthEndpoints();
        app.MapMetricsEndpoint();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapAccountEndpoints();
        app.MapEventsApi();
        app.MapBiApi();
        app.MapPageExportEndpoints();
        app.MapSettingsApi();
        app.MapHub<MetricsHub>(MetricsHub.Path);
        app.MapRazorComponents<Components.App>().AddInteractiveServerRenderMode();
        return app;
    }
}
