using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace JorgeBi.Tests.Support;

public static class Problems
{
    /// <summary>Asserts a 400 problem+json whose errors name <paramref name="field"/>.</summary>
    public static async Task AssertNamesFieldAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonSerializer.Deserialize<JsonElement>(body);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), body);
    }
}
