using System.Net.Http.Headers;
using JorgeBi.Data.Access;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Tests.Support;

/// <summary>
/// The whole app in memory over its own fresh database (one per test class). Settings
/// override configuration exactly as environment variables would.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public TestDatabase Database { get; } = new();

    /// <summary>Configuration overrides of a test class, e.g. tight rate limits.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public virtual async Task InitializeAsync() => await Database.InitializeAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await DisposeDatabasesAsync();
    }

    /// <summary>Drops the test class's databases once the app has stopped.</summary>
    protected virtual Task DisposeDatabasesAsync() => Database.DisposeAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Postgres", Database.ConnectionString);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    /// <summary>A client authenticated with a new API key holding <paramref name="scopes"/>.</summary>
    public async Task<HttpClient> ClientWithScopesAsync(params string[] scopes)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await KeyWithScopesAsync(scopes));
        return client;
    }

    /// <summary>A new API key holding <paramref name="scopes"/>, created as the CLI creates it.</summary>
    public async Task<string> KeyWithScopesAsync(params string[] scopes) =>
        (await Services.GetRequiredService<ApiKeyStore>().CreateAsync("test", scopes)).Key;
}
