using System.Net;

namespace JorgeBi.Tests.Api;

public sealed class SecurityHeadersTests(ApiFactory app) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/api/bi/no-such-endpoint")]
    [InlineData("/api/events")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.css")]
    [InlineData("/")]
    public async Task EveryResponseType_CarriesSecurityHeaders(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.True(response.Headers.Contains("Referrer-Policy"));
        Assert.True(response.Headers.Contains("Permissions-Policy"));
    }

    [Theory]
    [InlineData("https://evil.example", HttpStatusCode.Forbidden)]
    [InlineData("http://localhost", HttpStatusCode.OK)]
    public async Task DashboardCircuitNegotiate_AdmitsOnlyThisSite(string origin, HttpStatusCode expected)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1");
        request.Headers.Add("Origin", origin);

        var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task UnknownApiRoute_404ProblemJson()
    {
        var response = await app.CreateClient().GetAsync("/api/bi/no-such-endpoint");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task WrongMethod_405ProblemJson()
    {
        var response = await app.CreateClient().GetAsync("/api/events");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task CrossOriginRequest_WithoutConfiguredOrigins_GetsNoCorsGrant()
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/events");
        request.Headers.Add("Origin", "https://evil.example");
        request.Headers.Add("Access-Control-Request-Method", "POST");

        var response = await app.CreateClient().SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}

public sealed class CorsAllowListTests(CorsAllowListTests.Factory app) : IClassFixture<CorsAllowListTests.Factory>
{
    public sealed class Factory : ApiFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Cors:AllowedOrigins:0"] = "https://crm.example",
        };
    }

    [Theory]
    [InlineData("https://crm.example", true)]
    [InlineData("https://evil.example", false)]
    public async Task Preflight_GrantsOnlyConfiguredOrigin(string origin, bool granted)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/events");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");

        var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(granted, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) && values.Single() == origin);
    }
}

/// <summary>
/// Over a real Kestrel socket (the in-memory test server never writes a Server header, so only
/// this proves anything): no response names the server product, not even Kestrel's own 400.
/// </summary>
public sealed class ServerBannerTests(ServerBannerTests.KestrelApp app) : IClassFixture<ServerBannerTests.KestrelApp>
{
    public sealed class KestrelApp : ApiFactory
    {
        // Only a factory made directly, not one from WithWebHostBuilder, honours the port.
        public KestrelApp() => UseKestrel(0);

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            StartServer();
            // Readiness waits for the change-feed listener, which connects a moment after start.
            using var client = new HttpClient { BaseAddress = Address };
            if (!await EmbeddedApp.WaitForReadyAsync(client, TimeSpan.FromSeconds(60))) throw new TimeoutException("The app never became ready.");
        }

        public Uri Address => ClientOptions.BaseAddress;
    }

    [Theory]
    [InlineData("/", HttpStatusCode.Found)]
    [InlineData("/login", HttpStatusCode.OK)]
    [InlineData("/health/ready", HttpStatusCode.OK)]
    [InlineData("/api/bi/dashboard-kpis", HttpStatusCode.Unauthorized)]
    [InlineData("/api/bi/no-such-endpoint", HttpStatusCode.NotFound)]
    [InlineData("/api/events", HttpStatusCode.MethodNotAllowed)]
    [InlineData("/css/app.css", HttpStatusCode.OK)]
    public async Task PageApiStaticFileAndError_HaveNoServerHeader(string path, HttpStatusCode status)
    {
        // Redirects not followed: the first response is the one checked.
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = app.Address };

        var response = await client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"), $"{path} answered with Server: {string.Join(", ", response.Headers.Server)}");
    }

    [Fact]
    public async Task MalformedRequest_KestrelsOwn400_HasNoServerHeader()
    {
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(app.Address.Host, app.Address.Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync("GET / HTTP/1.1\r\nHost: localhost\r\nno colon in this header\r\n\r\n"u8.ToArray());

        // Kestrel answers and closes the connection: read to the end.
        var head = await new StreamReader(stream).ReadToEndAsync();

        Assert.StartsWith("HTTP/1.1 400", head);
        Assert.DoesNotContain("\r\nServer:", head, StringComparison.OrdinalIgnoreCase);
    }
}
