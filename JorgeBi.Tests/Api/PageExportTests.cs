using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using JorgeBi.Data.Access;
using JorgeBi.Data.Events;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Tests.Api;

/// <summary>/export/{report}.csv: the pages' download, opened by the sign-in cookie of an analyst and nothing else.</summary>
public sealed partial class PageExportTests(PageExportTests.Factory app) : IClassFixture<PageExportTests.Factory>
{
    private const string NovemberDeals = "/export/deals.csv?from=2026-11-01&to=2026-11-30";

    public sealed class Factory : ApiFactory
    {
        private bool _seeded;

        public async Task SeedAsync()
        {
            if (_seeded) return;
            await new AppliedEventStore(Services.GetRequiredService<Npgsql.NpgsqlDataSource>()).IngestAsync(ExampleEvents.Load());
            var users = Services.GetRequiredService<UserStore>();
            await users.AddAsync("export-manager", UserRoles.Manager, Password);
            await users.AddAsync("export-viewer", UserRoles.Viewer, Password);
            _seeded = true;
        }

        public const string Password = "correct horse battery staple";

        public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
    }

    [Fact]
    public async Task Anonymous_IsSentToTheLoginPage()
    {
        await app.SeedAsync();

        var response = await app.Browser().GetAsync(NovemberDeals);

        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Unauthorized, $"{response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.Redirect) Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery);
        Assert.NotEqual("text/csv", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ApiKey_DoesNotOpenIt()
    {
        await app.SeedAsync();
        var client = await app.ClientWithScopesAsync(ApiKeyScopes.BiRead);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        var response = await app.Browser().SendAsync(new HttpRequestMessage(HttpMethod.Get, NovemberDeals)
        {
            Headers = { Authorization = client.DefaultRequestHeaders.Authorization },
        });

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual("text/csv", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task SignedInManager_GetsTheCsvAsAnAttachment()
    {
        await app.SeedAsync();
        var browser = await SignedInAsync("export-manager");

        var response = await browser.GetAsync(NovemberDeals);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("deal_id,lead_id,agent_id,source,stage,property_value,sale_price,commission,closed_at", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("deal-77,lead-8841,", StringComparison.Ordinal) && l.Contains(",44280", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignedInViewer_IsRefused()
    {
        await app.SeedAsync();
        var browser = await SignedInAsync("export-viewer");

        var response = await browser.GetAsync(NovemberDeals);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task UnknownReport_Is404()
    {
        await app.SeedAsync();
        var browser = await SignedInAsync("export-manager");

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/export/salaries.csv")).StatusCode);
    }

    // Exactly as a browser does it: the login page hands out the antiforgery token and cookie, the form posts both.
    private async Task<HttpClient> SignedInAsync(string username)
    {
        var browser = app.Browser();
        var page = await browser.GetStringAsync("/login");
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        var login = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = username,
            ["password"] = Factory.Password,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/", login.Headers.Location!.OriginalString);
        return browser;
    }

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
