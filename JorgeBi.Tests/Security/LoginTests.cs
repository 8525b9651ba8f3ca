using System.Net;
using Dapper;
using JorgeBi.Data.Access;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Tests.Security;

/// <summary>Dashboard sign-in: sessions, lockout, enumeration, and the wall between cookies and API keys.</summary>
public sealed class LoginTests(LoginTests.Factory app) : IClassFixture<LoginTests.Factory>
{
    public sealed class Factory : ApiFactory
    {
        // These tests sign in many times from one address; the limit itself is tested below.
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["RateLimiting:Login:TokenLimit"] = "1000" };
    }

    private const string Password = "a-long-enough-password";

    private async Task<string> UserAsync(string role)
    {
        var name = $"{role}-{Guid.NewGuid():N}"[..20];
        await app.Services.GetRequiredService<UserStore>().AddAsync(name, role, Password);
        return name;
    }

    [Fact]
    public async Task Login_RightPassword_SetsHttpOnlySameSiteCookie_AndOpensTheDashboard()
    {
        var client = BrowserlessLogin.Client(app);
        var user = await UserAsync(UserRoles.Viewer);

        var response = await BrowserlessLogin.PostAsync(client, user, Password, "/");

        Assert.True(BrowserlessLogin.IsRedirectTo(response, "/"), $"{(int)response.StatusCode} {response.Headers.Location}");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("jorgebi.session="));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Login_UnknownUserAndWrongPassword_AnswerAlike()
    {
        var user = await UserAsync(UserRoles.Viewer);

        var wrong = await BrowserlessLogin.PostAsync(BrowserlessLogin.Client(app), user, "not-the-password");
        var unknown = await BrowserlessLogin.PostAsync(BrowserlessLogin.Client(app), "nobody-at-all", "not-the-password");

        Assert.Equal(wrong.StatusCode, unknown.StatusCode);
        Assert.Equal(wrong.Headers.Location, unknown.Headers.Location);
        Assert.True(BrowserlessLogin.IsRedirectTo(wrong, "/login?error=1"));
    }

    [Fact]
    public async Task Login_FiveWrongPasswords_LocksTheAccountEvenForTheRightOne()
    {
        var user = await UserAsync(UserRoles.Manager);
        var store = app.Services.GetRequiredService<UserStore>();
        for (var i = 0; i < UserStore.MaxFailedLogins; i++) await store.CheckPasswordAsync(user, "wrong-password-" + i);

        var result = await store.CheckPasswordAsync(user, Password);

        Assert.Equal(LoginOutcome.LockedOut, result.Outcome);
        await using var conn = await app.Database.DataSource.OpenConnectionAsync();
        Assert.True(await conn.ExecuteScalarAsync<long>("select count(*) from app_user where username = @user and locked_until > now()", new { user }) == 1);
    }

    [Fact]
    public async Task Logout_EndsTheSession_EvenForACopiedCookie()
    {
        var client = BrowserlessLogin.Client(app);
        var user = await UserAsync(UserRoles.Owner);
        var login = await BrowserlessLogin.PostAsync(client, user, Password);
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("jorgebi.session=")).Split(';')[0];
        var stolen = BrowserlessLogin.Client(app);
        stolen.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await stolen.GetAsync("/")).StatusCode);
        // The sign-in page is plain HTML, so it carries this session's token where a test can read it.
        var page = await client.GetStringAsync("/login");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(token);

        var logout = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.True(BrowserlessLogin.IsRedirectTo(logout, "/login"), $"{(int)logout.StatusCode} {logout.Headers.Location}");
        var after = await client.GetAsync("/");
        Assert.True(BrowserlessLogin.IsRedirectTo(after, "/login"), $"{(int)after.StatusCode} {after.Headers.Location}");
        var replay = await stolen.GetAsync("/");
        Assert.True(BrowserlessLogin.IsRedirectTo(replay, "/login"), $"{(int)replay.StatusCode} {replay.Headers.Location}");
    }

    [Fact]
    public async Task SessionCookie_DoesNotOpenTheApi()
    {
        var client = BrowserlessLogin.Client(app);
        await BrowserlessLogin.PostAsync(client, await UserAsync(UserRoles.Owner), Password);

        var response = await client.GetAsync("/api/bi/bot-performance");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ApiKey_DoesNotOpenAPage()
    {
        var client = BrowserlessLogin.Client(app);
        var key = await app.Services.GetRequiredService<ApiKeyStore>().CreateAsync("page-probe", ApiKeyScopes.All.ToArray());
        client.DefaultRequestHeaders.Authorization = new("Bearer", key.Key);

        var response = await client.GetAsync("/");

        Assert.True(BrowserlessLogin.IsRedirectTo(response, "/login"));
    }

    [Fact]
    public async Task Login_ExternalReturnUrl_RedirectsHomeInstead()
    {
        var client = BrowserlessLogin.Client(app);

        var response = await BrowserlessLogin.PostAsync(client, await UserAsync(UserRoles.Viewer), Password, "//evil.example/phish");

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }
}

public sealed class LoginRateLimitTests(ApiFactory app) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Login_SixthTryWithinAMinute_429()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await BrowserlessLogin.PostAsync(BrowserlessLogin.Client(app), "someone", "guess-" + i)).StatusCode);
        }

        Assert.All(statuses.Take(5), s => Assert.Equal(HttpStatusCode.Redirect, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[5]);
    }
}
