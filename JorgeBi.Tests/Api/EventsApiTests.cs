using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;
using JorgeBi.Data.Access;

namespace JorgeBi.Tests.Api;

public sealed class EventsApiTests(ApiFactory app) : IClassFixture<ApiFactory>
{
    private static readonly string ExamplesJson = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "events.json"));

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Post_ExampleBatchTwice_AcceptedThenAllDuplicates()
    {
        var client = await app.ClientWithScopesAsync(ApiKeyScopes.EventsWrite);

        var first = await client.PostAsync("/api/events", Json(ExamplesJson));
        var second = await client.PostAsync("/api/events", Json(ExamplesJson));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        var body = await first.Content.ReadAsStringAsync();
        var seq = JsonDocument.Parse(body).RootElement.GetProperty("seq").GetInt64();
        // The duplicates point at the position where the events were first stored.
        Assert.Equal($$"""{"accepted":12,"duplicates":0,"seq":{{seq}}}""", body);
        Assert.Equal($$"""{"accepted":0,"duplicates":12,"seq":{{seq}}}""", await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_SameIdWithOtherContent_409NamingTheIdAndNothingOfTheRequestStored()
    {
        var client = await app.ClientWithScopesAsync(ApiKeyScopes.EventsWrite);
        var events = JsonNode(ExamplesJson);
        foreach (var e in events) e!["id"] = Guid.NewGuid().ToString();
        var first = await client.PostAsync("/api/events", Json(new System.Text.Json.Nodes.JsonArray(events[0]!.DeepClone()).ToJsonString()));
        var reused = events[0]!["id"]!.GetValue<string>();
        events[0]!["occurredAt"] = "2026-01-01T00:00:00Z";

        var response = await client.PostAsync("/api/events", Json(events.ToJsonString()));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
        Assert.Contains(reused, problem.GetProperty("detail").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("[0].id", out _));
        await using var conn = await app.Database.DataSource.OpenConnectionAsync();
        var others = events.Skip(1).Select(e => Guid.Parse(e!["id"]!.GetValue<string>())).ToArray();
        Assert.Equal(0, await conn.ExecuteScalarAsync<long>("select count(*) from event where event_id = any(@others)", new { others }));
    }

    [Fact]
    public async Task Post_BatchWithOneInvalidEvent_400NamingFieldAndNothingStored()
    {
        var client = await app.ClientWithScopesAsync(ApiKeyScopes.EventsWrite);
        var events = JsonNode(ExamplesJson);
        foreach (var e in events) e!["id"] = Guid.NewGuid().ToString();
        events[9]!["data"]!["salePrice"] = -1;

        var response = await client.PostAsync("/api/events", Json(events.ToJsonString()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("[9].data.salePrice", out _));
        Assert.True(problem.TryGetProperty("trace_id", out _));
        await using var conn = await app.Database.DataSource.OpenConnectionAsync();
        var ids = events.Select(e => Guid.Parse(e!["id"]!.GetValue<string>())).ToArray();
        Assert.Equal(0, await conn.ExecuteScalarAsync<long>("select count(*) from event where event_id = any(@ids)", new { ids }));
    }

    [Theory]
    [InlineData("{", "$")]
    [InlineData("[]", "$")]
    [InlineData("42", "$")]
    [InlineData("""[{"id":1}]""", "[0].id")]
    public async Task Post_MalformedBody_400WithFieldErrors(string body, string field)
    {
        var client = await app.ClientWithScopesAsync(ApiKeyScopes.EventsWrite);

        var response = await client.PostAsync("/api/events", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Post_DeeplyNestedJson_400NotServerError()
    {
        var client = await app.ClientWithScopesAsync(ApiKeyScopes.EventsWrite);
        var body = new string('[', 5000) + new string(']', 5000);

        var response = await client.PostAsync("/api/events", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_WrongContentType_415()
    {
        var client = await app.ClientWithScopesAsync(ApiKeyScopes.EventsWrite);

        var response = await client.PostAsync("/api/events", new StringContent(ExamplesJson, Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Post_OversizedBody_413()
    {
        var client = await app.ClientWithScopesAsync(ApiKeyScopes.EventsWrite);
        var body = "[" + new string(' ', 5 * 1024 * 1024) + "]";

        var response = await client.PostAsync("/api/events", Json(body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithoutKey_401WithBearerChallenge()
    {
        var response = await app.CreateClient().PostAsync("/api/events", Json(ExamplesJson));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Post_WithRevokedKey_401()
    {
        var client = await app.ClientWithScopesAsync(ApiKeyScopes.EventsWrite);
        var store = app.Services.GetService(typeof(ApiKeyStore)) as ApiKeyStore;
        var prefix = client.DefaultRequestHeaders.Authorization!.Parameter![..12];
        await store!.RevokeAsync(prefix);

        var response = await client.PostAsync("/api/events", Json(ExamplesJson));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithReadOnlyKey_403()
    {
        var client = await app.ClientWithScopesAsync(ApiKeyScopes.BiRead);

        var response = await client.PostAsync("/api/events", Json(ExamplesJson));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static System.Text.Json.Nodes.JsonArray JsonNode(string json) => System.Text.Json.Nodes.JsonNode.Parse(json)!.AsArray();
}
