using System.Text.Json.Nodes;
using JorgeBi.Data.Access;
using JorgeBi.Tests.Support.OpenApi;

namespace JorgeBi.Tests.Api.OpenApi;

/// <summary>The served OpenAPI document: lint-clean, its security declared, and its schemas strict enough to catch a wrong answer.</summary>
public sealed class OpenApiDocumentTests(ExampleDataFactory app) : IClassFixture<ExampleDataFactory>
{
    private async Task<OpenApiContract> ContractAsync() =>
        new(await app.CreateClient().GetStringAsync("/openapi/v1.json"));

    [Fact]
    public async Task Document_RedoclyRecommendedRules_NoErrorsNorWarnings()
    {
        var document = await app.CreateClient().GetStringAsync("/openapi/v1.json");

        var report = await RedoclyLint.RunAsync(document);

        Assert.True(report.Errors == 0 && report.Warnings == 0, report.Output);
    }

    [Fact]
    public async Task Document_BearerSchemeDeclaredAsHttpBearer()
    {
        var scheme = (await ContractAsync()).Document["components"]!["securitySchemes"]!["Bearer"]!;

        Assert.Equal("http", scheme["type"]!.GetValue<string>());
        Assert.Equal("bearer", scheme["scheme"]!.GetValue<string>());
    }

    [Fact]
    public async Task Document_ApiOperationsRequireKeyScope_HealthRequiresNothing()
    {
        var operations = (await ContractAsync()).Operations;

        var api = operations.Where(o => o.Path.StartsWith("/api/", StringComparison.Ordinal)).ToList();
        var health = operations.Where(o => o.Path.StartsWith("/health/", StringComparison.Ordinal)).ToList();
        Assert.All(api, o => Assert.True(o.BearerScopes is [var scope] && ApiKeyScopes.All.Contains(scope), $"{o.Id}: {o.Definition["security"]}"));
        Assert.Equal(["admin"], api.Single(o => o.Id == "GetCacheAnalytics").BearerScopes);
        Assert.Equal(["events:write"], api.Single(o => o.Id == "PostEvents").BearerScopes);
        Assert.Equal(["bi:read"], api.Single(o => o.Id == "GetDashboardKpis").BearerScopes);
        Assert.Equal(["/health/live", "/health/ready"], health.Select(o => o.Path).Order());
        Assert.All(health, o => Assert.Empty(o.Definition["security"]!.AsArray()));
    }

    [Fact]
    public async Task Contract_RealDashboardAnswer_ValidWhileMutatedCopiesAreRejected()
    {
        var contract = await ContractAsync();
        var operation = contract.Operations.Single(o => o.Id == "GetDashboardKpis");
        var client = await app.ReaderAsync();
        var answer = await client.GetStringAsync("/api/bi/dashboard-kpis?from=2026-10-01&to=2026-11-30");

        string Mutated(Action<JsonObject> change)
        {
            var copy = JsonNode.Parse(answer)!.AsObject();
            change(copy);
            return copy.ToJsonString();
        }

        Assert.Empty(contract.Check(operation, 200, "application/json", answer));
        var dateOnly = Mutated(a => a["trends"]!["total_leads"]![0]!["period_start"] = "2026-10-01");
        Assert.Contains(contract.Check(operation, 200, "application/json", dateOnly), e => e.Contains("period_start", StringComparison.Ordinal));
        Assert.NotEmpty(contract.Check(operation, 200, "application/json", Mutated(a => a.Remove("metrics"))));
        Assert.NotEmpty(contract.Check(operation, 200, "application/json", Mutated(a => a["metrics"]!["total_leads"] = "12")));
        Assert.NotEmpty(contract.Check(operation, 200, "application/json", Mutated(a => a["last_updated"] = "2026-10-01T00:00:00")));
        Assert.NotEmpty(contract.Check(operation, 418, "application/json", answer));
    }
}
