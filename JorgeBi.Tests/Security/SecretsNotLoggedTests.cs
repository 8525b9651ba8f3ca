using System.CommandLine;
using System.Net;
using JorgeBi.Data.Access;
using JorgeBi.Web.Cli;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace JorgeBi.Tests.Security;

/// <summary>
/// Passwords, API keys, the database password and session cookies never reach a log, even
/// with every category at Debug: each is used the way it is in production, then looked for
/// in every captured event.
/// </summary>
public sealed class SecretsNotLoggedTests(SecretsNotLoggedTests.Factory app) : IClassFixture<SecretsNotLoggedTests.Factory>
{
    private const string StorePassword = "store-pass-7Qm2xV9kLr4";
    private const string CliPassword = "cli-pass-3Hs8Tz6Wn1b";
    private const string WrongPassword = "wrong-pass-5Yd4Gc2Pe8j";

    public sealed class Factory : ApiFactory
    {
        public LogCapture Log { get; } = new();

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["RateLimiting:Login:TokenLimit"] = "100" };

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // As app configuration: given as host settings (UseSetting), Serilog did not find the sink's name.
            builder.ConfigureAppConfiguration((_, c) => c.AddInMemoryCollection(Log.Settings));
        }
    }

    [Fact]
    public async Task SignInsApiKeysAndAccounts_LeaveNoSecretInTheLogs()
    {
        var databasePassword = new NpgsqlConnectionStringBuilder(app.Database.ConnectionString).Password;
        Assert.False(string.IsNullOrEmpty(databasePassword));
        var secrets = new List<string> { StorePassword, CliPassword, WrongPassword, databasePassword };
        await app.Services.GetRequiredService<UserStore>().AddAsync("log-owner", UserRoles.Owner, StorePassword);
        Assert.Equal(0, await AddUserThroughTheCliAsync("log-viewer", CliPassword));

        var browser = BrowserlessLogin.Client(app);
        secrets.AddRange(CookieValues(await browser.GetAsync("/login")));
        var wrong = await BrowserlessLogin.PostAsync(browser, "log-owner", WrongPassword);
        var right = await BrowserlessLogin.PostAsync(browser, "log-owner", StorePassword);
        secrets.AddRange(CookieValues(wrong).Concat(CookieValues(right)));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);

        var key = await app.KeyWithScopesAsync(ApiKeyScopes.BiRead);
        var forged = "jbi_" + new string('x', 43);
        secrets.AddRange([key, forged]);
        Assert.Equal(HttpStatusCode.OK, (await WithKey(key).GetAsync("/api/bi/real-time-metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithKey(forged).GetAsync("/api/bi/real-time-metrics")).StatusCode);
        // Browsers' hub clients send the key in the query string, which request logging writes out.
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().PostAsync($"/hubs/metrics/negotiate?negotiateVersion=1&access_token={key}", null)).StatusCode);

        var logged = app.Log.Events.Select(LogCapture.Render).ToList();
        Assert.Contains(app.Log.Events, e => e.Level == Serilog.Events.LogEventLevel.Debug);
        Assert.Contains(logged, l => l.Contains("/api/bi/real-time-metrics", StringComparison.Ordinal));
        Assert.All(secrets, secret => Assert.DoesNotContain(logged, l => l.Contains(secret, StringComparison.Ordinal)));
    }

    private HttpClient WithKey(string key)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        return client;
    }

    private static IEnumerable<string> CookieValues(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.Select(c => c.Split(';')[0].Split('=', 2)[1]).Where(v => v.Length > 0)
            : [];

    // The user command in-process, its password on standard input, logging into the same capture.
    private async Task<int> AddUserThroughTheCliAsync(string username, string password)
    {
        var console = new UserConsole(new StringReader(password + "\n"), new StringWriter(), new StringWriter(), _ => null, Interactive: false);
        string[] host = [$"--ConnectionStrings:Postgres={app.Database.ConnectionString}", .. app.Log.Settings.Select(s => $"--{s.Key}={s.Value}")];
        return await new RootCommand { UserCommand.Create(console) }.Parse(["user", "add", "--username", username, "--role", UserRoles.Viewer, .. host]).InvokeAsync();
    }
}
