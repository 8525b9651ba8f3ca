using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace JorgeBi.E2E.Support;

/// <summary>
/// The real app on a free loopback port, over the given database. Development environment,
/// so static web assets (MudBlazor's CSS and JS) are served from the build output.
/// </summary>
public sealed class AppServer : WebApplicationFactory<Program>
{
    private readonly string _connectionString;

    public AppServer(string connectionString)
    {
        _connectionString = connectionString;
        // Only the base factory honours the port (not one from WithWebHostBuilder).
        UseKestrel(0);
    }

    public Uri BaseAddress => ClientOptions.BaseAddress;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Postgres", _connectionString);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }
}
