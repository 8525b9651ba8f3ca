using System.Text;
using JorgeBi.Data.Access;
using JorgeBi.Data.Events;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Tests.Security;

/// <summary>
/// Runs every row of <see cref="AccessMatrix"/> for every caller, and checks that the table
/// itself keeps the two walls and covers every endpoint the app maps.
/// </summary>
public sealed class AccessMatrixTests(AccessMatrixTests.Factory app) : IClassFixture<AccessMatrixTests.Factory>
{
    public sealed class Factory : ApiFactory
    {
        private const string Password = "matrix-password-long";
        private IReadOnlyList<HttpClient>? _callers;

        // Every caller sends dozens of requests from one address; the limits are tested elsewhere.
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["RateLimiting:Api:TokenLimit"] = "100000",
            ["RateLimiting:Ingest:TokenLimit"] = "100000",
            ["RateLimiting:Login:TokenLimit"] = "100000",
        };

        /// <summary>One client per column of the matrix, in its order; none follows redirects.</summary>
        public async Task<IReadOnlyList<HttpClient>> CallersAsync()
        {
            if (_callers is not null) return _callers;
            await new AppliedEventStore(Services.GetRequiredService<Npgsql.NpgsqlDataSource>()).IngestAsync(ExampleEvents.Load());
            var users = Services.GetRequiredService<UserStore>();
            var callers = new List<HttpClient> { BrowserlessLogin.Client(this) };
            foreach (var role in new[] { UserRoles.Viewer, UserRoles.Manager, UserRoles.Owner })
            {
                await users.AddAsync("matrix-" + role, role, Password);
                var session = BrowserlessLogin.Client(this);
                var login = await BrowserlessLogin.PostAsync(session, "matrix-" + role, Password);
                Assert.True(BrowserlessLogin.IsRedirectTo(login, "/"), $"{role} sign-in: {(int)login.StatusCode} {login.Headers.Location}");
                callers.Add(session);
            }
            foreach (var scope in ApiKeyScopes.All)
            {
                var keyed = BrowserlessLogin.Client(this);
                keyed.DefaultRequestHeaders.Authorization = new("Bearer", await KeyWithScopesAsync(scope));
                callers.Add(keyed);
            }
            return _callers = callers;
        }
    }

    public static TheoryData<string> Requests() => [.. AccessMatrix.Rows.Select(r => r.Request)];

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task EveryCaller_GetsTheOutcomeOfTheMatrix(string request)
    {
        var row = AccessMatrix.Rows.Single(r => r.Request == request);
        var callers = await app.CallersAsync();
        var mismatches = new List<string>();

        for (var column = 0; column < callers.Count; column++)
        {
            var response = await callers[column].SendAsync(Build(row));
            var actual = new Outcome((int)response.StatusCode, response.Headers.Location is { } l ? (l.IsAbsoluteUri ? l.PathAndQuery : l.OriginalString) : null);
            var expected = row.Outcomes[column];
            var matches = actual.Status == expected.Status && (expected.RedirectTo is null || BrowserlessLogin.IsRedirectTo(response, expected.RedirectTo));
            if (!matches) mismatches.Add($"{AccessMatrix.Callers[column]}: expected {expected}, got {actual}");
        }

        Assert.True(mismatches.Count == 0, $"{request}:\n" + string.Join("\n", mismatches));
    }

    [Fact]
    public void Matrix_KeysNeverOpenAPage_AndSessionsNeverOpenTheApi()
    {
        var sessions = Enumerable.Range(1, AccessMatrix.SessionColumns).ToList();
        var keys = Enumerable.Range(1 + AccessMatrix.SessionColumns, AccessMatrix.Callers.Count - 1 - AccessMatrix.SessionColumns).ToList();
        var breaches = new List<string>();

        foreach (var row in AccessMatrix.Rows)
        {
            // The Prometheus scrape endpoint is API too: it takes a key, never a session.
            var api = row.Path.StartsWith("/api/", StringComparison.Ordinal) || row.Path.StartsWith("/hubs/", StringComparison.Ordinal) || row.Path == "/metrics";
            // Whoever may not use this credential here gets exactly what a caller without credentials gets.
            foreach (var column in api ? sessions : keys)
            {
                if (row.Outcomes[column] != row.Outcomes[0]) breaches.Add($"{row.Request}: {AccessMatrix.Callers[column]} gets {row.Outcomes[column]}, anonymous {row.Outcomes[0]}");
            }
        }

        Assert.Empty(breaches);
    }

    [Fact]
    public void Matrix_CoversEveryEndpointTheAppMaps()
    {
        app.CreateClient();
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<StaticAssetDescriptor>() is null && !Plumbing.ContainsKey(e.RoutePattern.RawText ?? ""))
            .ToList();

        var uncovered = endpoints
            .Where(e => !AccessMatrix.Rows.Any(r => r.Pattern == e.RoutePattern.RawText && AcceptsMethod(e, r.Method)))
            .Select(e => $"{string.Join("|", e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])} {e.RoutePattern.RawText}");
        var stale = AccessMatrix.Rows
            .Where(r => r.Pattern is not null && !endpoints.Any(e => r.Pattern == e.RoutePattern.RawText && AcceptsMethod(e, r.Method)))
            .Select(r => r.Request);

        Assert.Empty(uncovered);
        Assert.Empty(stale);
    }

    /// <summary>Framework endpoints outside the matrix, each reviewed: none serves data of its own.</summary>
    private static readonly IReadOnlyDictionary<string, string> Plumbing = new Dictionary<string, string>
    {
        ["{**path:file}"] = "the static-file fallback: public assets (CSS, scripts, fonts), like the StaticAssetDescriptor endpoints",
        ["/_blazor"] = "Blazor Server's circuit: a page rendered over it is authorised by the same page policy",
        ["/_blazor/negotiate"] = "Blazor Server's circuit negotiation",
        ["/_blazor/disconnect/"] = "Blazor Server's circuit disconnect beacon",
        ["/_blazor/initializers/"] = "Blazor's list of JavaScript initializers (public script names)",
        ["/_framework/opaque-redirect"] = "Blazor's redirect helper for enhanced navigation: only redirects to a protected, same-site URL",
    };

    private static bool AcceptsMethod(RouteEndpoint endpoint, string method) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is not { } methods || methods.Contains(method);

    private static HttpRequestMessage Build(AccessRow row)
    {
        var request = new HttpRequestMessage(new HttpMethod(row.Method), row.Path + AccessMatrix.Queries.GetValueOrDefault(row.Request, ""));
        if (AccessMatrix.JsonBodies.TryGetValue(row.Request, out var body)) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        return request;
    }
}
