using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using JorgeBi.Data.Access;

namespace JorgeBi.Tests.Api;

/// <summary>
/// No client input may produce a 500 or leak internals: every operation of the OpenAPI
/// document gets hostile values in each of its parameters and, for bodies, hostile JSON.
/// </summary>
public sealed class NoServerErrorFuzzTests(NoServerErrorFuzzTests.Factory app) : IClassFixture<NoServerErrorFuzzTests.Factory>
{
    public sealed class Factory : ApiFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["RateLimiting:Api:TokenLimit"] = "1000000",
            ["RateLimiting:Ingest:TokenLimit"] = "1000000",
        };
    }

    private static readonly string[] HostileValues =
    [
        "", " ", "-1", "0", "1", "-2147483649", "2147483648", "99999999999999999999", "1e308", "NaN", "Infinity", "0x10", "1.5",
        "true", "false", "null", "undefined", "[]", "{}", "%00", "\0", "\u202e\u0000", "😀😀", "ǅǆ", "ﷺ", "\uD800",
        "' OR '1'='1", "1; drop table event;--", "<script>alert(1)</script>", "../../etc/passwd", "${jndi:ldap://x}",
        "2026-13-45", "2026-02-30", "9999-12-31", "0001-01-01", "24h,7d", "default\r\nX-Injected: 1",
        new string('a', 10_000), new string('9', 5_000),
    ];

    private static readonly string[] HostileBodies =
    [
        "", "null", "true", "0", "\"text\"", "[]", "[null]", "{}", "{\"component\":null}", "{\"location_id\":123}",
        "{\"page\":1e400}", "{\"page\":-1,\"page_size\":0}", "{\"filters\":[]}", "{\"filters\":{\"source\":{\"$ne\":1}}}",
        "{", "{\"a\":", "\u0000", new string('[', 3000) + new string(']', 3000), "{\"component\":\"" + new string('x', 100_000) + "\"}",
        "[{\"id\":\"7f1c2a44-0c1e-4d57-9a51-2f4f1b7e0001\",\"type\":\"deal.closed\",\"occurredAt\":\"2026-10-14T16:02:11-07:00\",\"locationId\":\"default\",\"leadId\":\"l\",\"data\":{\"dealId\":\"d\",\"salePrice\":1e30,\"agentId\":\"a\"}}]",
        "{\"id\":\"7f1c2a44-0c1e-4d57-9a51-2f4f1b7e0001\",\"type\":\"bot.interaction\",\"occurredAt\":\"0001-01-01T00:00:00+14:00\",\"locationId\":\"default\",\"leadId\":\"l\",\"data\":{\"botId\":\"b\",\"conversationId\":\"c\",\"processingTimeMs\":0,\"success\":true,\"confidence\":0}}",
    ];

    [Fact]
    public async Task EveryOperation_HostileInput_NeverServerErrorNorLeak()
    {
        var client = await app.ClientWithScopesAsync(ApiKeyScopes.All.ToArray());
        using var doc = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"));
        var sent = 0;
        foreach (var path in doc.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var method = new HttpMethod(operation.Name.ToUpperInvariant());
                var parameters = operation.Value.TryGetProperty("parameters", out var ps) ? ps.EnumerateArray().ToList() : [];
                foreach (var value in HostileValues)
                {
                    foreach (var p in parameters.DefaultIfEmpty())
                    {
                        var url = BuildUrl(path.Name, parameters, p.ValueKind == JsonValueKind.Undefined ? null : p.GetProperty("name").GetString(), value);
                        await AssertNoServerErrorAsync(client, method, url, method == HttpMethod.Post ? "{}" : null);
                        sent++;
                    }
                }
                if (method != HttpMethod.Post) continue;
                foreach (var body in HostileBodies)
                {
                    await AssertNoServerErrorAsync(client, method, BuildUrl(path.Name, parameters, null, ""), body);
                    sent++;
                }
            }
        }
        Assert.True(sent > 1000, $"only {sent} requests were generated");
    }

    private static string BuildUrl(string template, List<JsonElement> parameters, string? hostileName, string hostile)
    {
        var path = template;
        var query = new List<string>();
        foreach (var p in parameters)
        {
            var name = p.GetProperty("name").GetString()!;
            var value = name == hostileName ? hostile : "";
            if (p.GetProperty("in").GetString() == "path")
            {
                // Kestrel refuses a NUL in the path with 400 before the app; the in-memory test
                // server throws instead, so NULs are only sent in query strings and bodies.
                var segment = value.Length == 0 || value.Contains('\0') || value.Contains("%00") ? "x" : value;
                path = path.Replace("{" + name + "}", Uri.EscapeDataString(segment));
            }
            else if (name == hostileName) query.Add($"{name}={Uri.EscapeDataString(value)}");
        }
        return query.Count == 0 ? path : path + "?" + string.Join("&", query);
    }

    private static async Task AssertNoServerErrorAsync(HttpClient client, HttpMethod method, string url, string? body)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var where = $"{method} {url[..Math.Min(url.Length, 200)]} body={body?[..Math.Min(body.Length, 80)]}";
        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for {where}: {text[..Math.Min(text.Length, 300)]}");
        foreach (var leak in new[] { "Exception", "   at ", "Npgsql", "/work/", "SELECT ", "select ", "StackTrace" })
        {
            Assert.False(text.Contains(leak, StringComparison.Ordinal) && !IsCsv(response), $"'{leak}' leaked by {where}");
        }
    }

    private static bool IsCsv(HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType == "text/csv";
}
