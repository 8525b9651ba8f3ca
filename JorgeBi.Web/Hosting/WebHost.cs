using JorgeBi.Core;
using JorgeBi.Data;
using JorgeBi.Web.Health;
using Serilog;

namespace JorgeBi.Web.Hosting;

/// <summary>Builds the application: the same configuration and services for serving and for every command.</summary>
public static class WebHost
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddLogging();
        builder.Services.AddCoreServices();
        builder.Services.AddDataServices(builder.Configuration);
        builder.Services.AddWebServices();
        return builder.Build();
    }

    public static WebApplication UseJorgeBi(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseSerilogRequestLogging();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapHealthEndpoints();
        app.MapRazorComponents<Components.App>().AddInteractiveServerRenderMode();
        return app;
    }
}
