using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using JorgeBi.Core.Demo;
using JorgeBi.Data.Access;
using JorgeBi.Data.Seeding;
using JorgeBi.Tests.Support.OpenApi;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Tests.Api.OpenApi;

/// <summary>
/// The app over a database holding a demo history that ends now, so every default timeframe
/// has data and answers carry their optional parts (forecasts, anomalies, insights).
/// </summary>
public sealed class ConformanceFactory : ApiFactory
{
    private readonly ConcurrentDictionary<string, HttpClient> _clients = new();
    private OpenApiContract? _contract;
    private string? _leadId;
    private long _subscriptionId;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimiting:Api:TokenLimit"] = "1000000",
        ["RateLimiting:Ingest:TokenLimit"] = "1000000",
    };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var end = DateTimeOffset.UtcNow;
        await Services.GetRequiredService<DemoSeeder>().SeedAsync(new DemoOptions(DemoScale.Demo, Seed: 7, Months: 30, end));
        var client = await ClientAsync(ApiKeyScopes.BiRead);
        var leads = await client.PostAsJsonAsync("/api/bi/drill-down", new { component = "leads", timeframe = "30d", page_size = 1 });
        var details = (await leads.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("details");
        _leadId = details[0].GetProperty("lead_id").GetString();
        var digest = await Services.GetRequiredService<JorgeBi.Data.Digests.DigestStore>()
            .AddAsync("conformance@example.com", "weekly", "default", DateTimeOffset.UtcNow, "conformance");
        _subscriptionId = digest.Saved!.SubscriptionId;
    }

    public async Task<OpenApiContract> ContractAsync() =>
        _contract ??= new OpenApiContract(await CreateClient().GetStringAsync("/openapi/v1.json"));

    /// <summary>A client with a key holding exactly <paramref name="scopes"/>, one per scope set.</summary>
    public async Task<HttpClient> ClientAsync(params string[] scopes)
    {
        var name = string.Join(",", scopes.Order());
        if (_clients.TryGetValue(name, out var client)) return client;
        return _clients.GetOrAdd(name, await ClientWithScopesAsync(scopes));
    }

    /// <summary>A real value for a path parameter the document does not enumerate.</summary>
    public string PathSample(string parameter) => parameter switch
    {
        "leadId" => _leadId!,
        "locationId" => "default",
        "botId" => "jorge-seller",
        "sourceId" => "zillow",
        "subscriptionId" => _subscriptionId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"No sample for path parameter {parameter}: enumerate its values in the document or add one here."),
    };
}
