using System.Net;
using Dapper;
using JorgeBi.Data.Access;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Tests.Security;

/// <summary>The data-protection key ring lives in the database: sessions survive restarts and work on every instance.</summary>
public sealed class KeyRingTests(ApiFactory app) : IClassFixture<ApiFactory>
{
    private const string Password = "a-long-enough-password";

    /// <summary>A second app instance over the first one's database, as after a restart or on another machine.</summary>
    private sealed class SecondInstance(string connectionString) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Postgres", connectionString);
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        }
    }

    [Fact]
    public async Task SessionCookie_IssuedByOneInstance_OpensTheDashboardOnAnInstanceStartedLater()
    {
        await app.Services.GetRequiredService<UserStore>().AddAsync("keyring-owner", UserRoles.Owner, Password);
        var login = await BrowserlessLogin.PostAsync(BrowserlessLogin.Client(app), "keyring-owner", Password, "/");
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("jorgebi.session=")).Split(';')[0];

        await using var later = new SecondInstance(app.Database.ConnectionString);
        var client = BrowserlessLogin.Client(later);
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        var page = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        // One key, in the table: the later instance read it from there rather than making its own.
        await using var conn = await app.Database.DataSource.OpenConnectionAsync();
        Assert.Equal(1, await conn.ExecuteScalarAsync<long>("select count(*) from data_protection_key"));
    }
}
