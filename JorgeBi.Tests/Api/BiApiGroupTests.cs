using JorgeBi.Data.Access;
using JorgeBi.Web.Api;
using JorgeBi.Web.Api.Infrastructure;
using JorgeBi.Web.Api.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Tests.Api;

/// <summary>
/// /api/bi and /api/settings are route groups: every endpoint the app maps under them,
/// including one added later, carries the group's key scope, rate limit and documented
/// errors without asking.
/// </summary>
public sealed class BiApiGroupTests(ApiFactory app) : IClassFixture<ApiFactory>
{
    private static readonly HashSet<int> KeyedErrors = [400, 401, 403, 429, 503];

    [Fact]
    public void EveryBiEndpoint_CarriesOneKeyScopeTheApiRateLimitAndTheKeyedErrors()
    {
        var endpoints = BiEndpoints();

        // The group's endpoints of API.md are all found: the check below is not run on an empty list.
        Assert.Contains(endpoints, e => e.RoutePattern.RawText == "/api/bi/dashboard-kpis");
        Assert.Contains(endpoints, e => e.RoutePattern.RawText == "/api/bi/real-time-metrics");
        Assert.Contains(endpoints, e => e.RoutePattern.RawText == "/api/bi/warm-cache");
        Assert.All(endpoints, e =>
        {
            Assert.True(Policies(e) is [ApiKeyScopes.BiRead] or [ApiKeyScopes.Admin], $"{e.RoutePattern.RawText}: policies {string.Join(", ", Policies(e))}");
            Assert.Equal(RateLimiting.Api, e.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName);
            Assert.Superset(KeyedErrors, DocumentedStatuses(e));
        });
    }

    [Fact]
    public void BiReads_DocumentUnknownLocation404AndUncombined422_AdminScopeOnlyOnAdministration()
    {
        var endpoints = BiEndpoints();

        var reads = endpoints.Where(e => Policies(e) is [ApiKeyScopes.BiRead]).ToList();
        var admin = endpoints.Except(reads).Select(e => e.RoutePattern.RawText).Order();

        Assert.All(reads, e => Assert.Superset(new HashSet<int> { 404, 422 }, DocumentedStatuses(e)));
        Assert.Equal(["/api/bi/cache-analytics", "/api/bi/trigger-aggregation", "/api/bi/warm-cache"], admin);
    }

    [Fact]
    public void EverySettingsEndpoint_CarriesTheAdminScopeTheApiRateLimitAndTheKeyedErrors()
    {
        var endpoints = Endpoints(SettingsApi.Prefix);

        Assert.Contains(endpoints, e => e.RoutePattern.RawText == "/api/settings/locations/{locationId}");
        Assert.Contains(endpoints, e => e.RoutePattern.RawText == "/api/settings/digests");
        Assert.All(endpoints, e =>
        {
            Assert.Equal([ApiKeyScopes.Admin], Policies(e));
            Assert.Equal(RateLimiting.Api, e.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName);
            Assert.Superset(KeyedErrors, DocumentedStatuses(e));
        });
    }

    [Fact]
    public void Components_NeverUseTheApiNamespaces()
    {
        var components = Path.Combine(RepositoryRoot.Path, "JorgeBi.Web", "Components");

        var users = Directory.EnumerateFiles(components, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("JorgeBi.Web.Api", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepositoryRoot.Path, f));

        Assert.Empty(users);
    }

    private List<RouteEndpoint> BiEndpoints() => Endpoints(BiApi.Prefix);

    private List<RouteEndpoint> Endpoints(string prefix)
    {
        app.CreateClient();
        return app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith(prefix + "/", StringComparison.Ordinal) == true)
            .ToList();
    }

    private static List<string?> Policies(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).Distinct().ToList();

    private static HashSet<int> DocumentedStatuses(RouteEndpoint endpoint) =>
        endpoint.Metadata.OfType<IProducesResponseTypeMetadata>().Select(m => m.StatusCode).ToHashSet();
}
