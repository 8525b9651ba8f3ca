using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace JorgeBi.Tests.Support;

/// <summary>The app with nothing configured: it runs its own cluster under <paramref name="home"/> (unseeded, checked every second).</summary>
public sealed class EmbeddedApp(string home) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Postgres", "");
        builder.UseSetting("Database:DataDirectory", home);
        builder.UseSetting("Database:SeedDemoData", "false");
        builder.UseSetting("Database:WatchdogInterval", "00:00:01");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }

    /// <summary>
    /// Polls readiness: the change-feed listener connects a moment after start, and a
    /// recovery normally takes a few seconds; a deadline, not a timing assertion.
    /// </summary>
    public static async Task<bool> WaitForReadyAsync(HttpClient client, TimeSpan deadline)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < deadline)
        {
            if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK) return true;
            await Task.Delay(250);
        }
        return false;
    }
}
