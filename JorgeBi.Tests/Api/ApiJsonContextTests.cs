using System.Text.Json.Serialization.Metadata;
using System.Text.Json;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using JorgeBi.Core.Bots;
using JorgeBi.Core.Executive;
using JorgeBi.Core.Kpis;
using JorgeBi.Core.Leads;
using JorgeBi.Core.Live;
using JorgeBi.Core.Revenue;
using JorgeBi.Data.ChangeFeed;
using JorgeBi.Web.Api.Infrastructure;
using JorgeBi.Web.Api.Leads;
using JorgeBi.Web.Api;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JorgeBi.Tests.Api;

/// <summary>
/// The API serializes through <see cref="ApiJsonContext"/>: every type an endpoint declares
/// has generated metadata, and the generated JSON is the JSON reflection would write.
/// </summary>
public sealed class ApiJsonContextTests(ExampleDataFactory app) : IClassFixture<ExampleDataFactory>
{
    [Fact]
    public void EveryEndpointType_ResolvesThroughTheGeneratedContext()
    {
        var options = HttpOptions();

        var types = EndpointTypes();
        var missed = types.Where(t => options.GetTypeInfo(t).OriginatingResolver is not ApiJsonContext).Select(t => t.Name).ToList();

        Assert.Contains(typeof(ExecutiveKpis), types);
        Assert.Contains(typeof(HttpValidationProblemDetails), types);
        Assert.Contains(typeof(LeadsBody), types);
        Assert.Empty(missed);
    }

    [Fact]
    public void HubPayloads_ResolveThroughTheGeneratedContext()
    {
        var options = app.Services.GetRequiredService<IOptions<JsonHubProtocolOptions>>().Value.PayloadSerializerOptions;

        Assert.IsType<ApiJsonContext>(options.GetTypeInfo(typeof(LiveMetrics)).OriginatingResolver);
        Assert.IsType<ApiJsonContext>(options.GetTypeInfo(typeof(EventSummary)).OriginatingResolver);
    }

    [Fact]
    public async Task CachedAnswers_GeneratedJsonEqualsReflectionJson()
    {
        await app.ReaderAsync();
        var services = app.Services;
        var location = (await services.GetRequiredService<ILocationSource>().FindAsync("default"))!;
        var period = Timeframes.Between(new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 30));
        object[] answers =
        [
            await services.GetRequiredService<ExecutiveKpiService>().GetAsync(location, period, includeTrends: true),
            await services.GetRequiredService<BotPerformanceService>().ForPeriodAsync(location, period),
            await services.GetRequiredService<RevenueIntelligenceService>().ForPeriodAsync(location, period, new RevenueRequest(location.LocationId)),
            await services.GetRequiredService<LeadsService>().QueryAsync([new(location, period)], new LeadsRequest { Component = "leads" }),
            await services.GetRequiredService<LeadsService>().QueryAsync([new(location, period)], new LeadsRequest { Component = "revenue" }),
            await services.GetRequiredService<LeadsService>().QueryAsync([new(location, period)], new LeadsRequest { Component = "bots" }),
        ];
        var generated = HttpOptions();
        var reflection = new JsonSerializerOptions(generated) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

        foreach (var answer in answers)
        {
            Assert.Equal(JsonSerializer.Serialize(answer, answer.GetType(), reflection), JsonSerializer.Serialize(answer, answer.GetType(), generated));
        }
        Assert.Contains("\"lead_id\":\"lead-8841\"", JsonSerializer.Serialize(answers[3], generated));
        Assert.Contains("\"deal_id\":\"deal-77\"", JsonSerializer.Serialize(answers[4], generated));
        Assert.Contains("\"conversation_id\":\"conv-5521\"", JsonSerializer.Serialize(answers[5], generated));
    }

    [Fact]
    public void LeadsBody_WithoutPaging_KeepsThePagingDefaults()
    {
        var body = JsonSerializer.Deserialize<LeadsBody>("""{"component":"leads"}""", JsonBody.Options(maxDepth: 16))!;

        Assert.Equal(1, body.Page);
        Assert.Equal(50, body.PageSize);
    }

    private JsonSerializerOptions HttpOptions() => app.Services.GetRequiredService<IOptions<HttpJsonOptions>>().Value.SerializerOptions;

    /// <summary>Every JSON response and request body type declared by an endpoint of the app (not forms, not CSV).</summary>
    private HashSet<Type> EndpointTypes()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints;
        var responses = endpoints.SelectMany(e => e.Metadata.OfType<IProducesResponseTypeMetadata>()).Where(m => IsJson(m.ContentTypes)).Select(m => m.Type);
        var requests = endpoints.SelectMany(e => e.Metadata.OfType<IAcceptsMetadata>()).Where(m => IsJson(m.ContentTypes)).Select(m => m.RequestType);
        return responses.Concat(requests).OfType<Type>().Where(t => t != typeof(void)).ToHashSet();
    }

    // No content type declared means the default, JSON.
    private static bool IsJson(IEnumerable<string> contentTypes) => !contentTypes.Any() || contentTypes.Any(c => c.Contains("json"));
}
