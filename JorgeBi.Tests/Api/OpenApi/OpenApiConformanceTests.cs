using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using JorgeBi.Data.Access;
using JorgeBi.Tests.Support.OpenApi;

namespace JorgeBi.Tests.Api.OpenApi;

/// <summary>
/// The OpenAPI document tells the truth: every operation it declares is called on the real
/// app over a database holding a demo history, for success and for each error a client can
/// cause (400, 401, 403, 404, 415), and every answer must have a documented status and media
/// type and validate against the document's own schema for them. Driven by the document:
/// a field, status or endpoint added to the app is checked without touching this test.
/// </summary>
public sealed class OpenApiConformanceTests(ConformanceFactory app) : IClassFixture<ConformanceFactory>
{
    [Fact]
    public async Task EveryOperation_RealAnswers_ValidateAgainstTheDocument()
    {
        var contract = await app.ContractAsync();
        var failures = new List<string>();
        var answered = 0;

        foreach (var operation in contract.Operations)
        {
            var answers = await new OperationProbe(app, operation).AnswersAsync();
            foreach (var a in answers) failures.AddRange(contract.Check(operation, a.Status, a.MediaType, a.Body).Select(f => $"{f} <- {a.Request}"));
            failures.AddRange(MissingCases(operation, answers));
            answered += answers.Count;
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(contract.Operations.Count >= 15 && answered > 5 * contract.Operations.Count, $"{contract.Operations.Count} operations, {answered} answers");
    }

    /// <summary>Each operation must have shown a success and each client error it can have, so a probe that silently fails is caught.</summary>
    private static IEnumerable<string> MissingCases(OpenApiOperation operation, IReadOnlyList<ProbeAnswer> answers)
    {
        var seen = answers.Select(a => a.Status).ToHashSet();
        if (!seen.Any(s => s is >= 200 and < 300)) yield return $"{operation.Id}: no successful answer ({string.Join(", ", seen)})";
        if (operation.BearerScopes is null) yield break;
        if (!seen.Contains(401)) yield return $"{operation.Id}: no 401 without a key";
        if (!seen.Contains(403)) yield return $"{operation.Id}: no 403 with a key of other scopes";
        if ((operation.ParametersIn("query").Any() || operation.HasRequestBody) && !seen.Contains(400)) yield return $"{operation.Id}: no 400 for invalid input";
    }
}

public sealed record ProbeAnswer(string Request, int Status, string? MediaType, string Body);

/// <summary>The requests one operation gets: valid ones, and each kind of client error.</summary>
internal sealed class OperationProbe(ConformanceFactory app, OpenApiOperation operation)
{
    private const string Invalid = "~invalid~";
    private const string Unknown = "no-such-thing";
    private readonly List<ProbeAnswer> _answers = [];

    public async Task<IReadOnlyList<ProbeAnswer>> AnswersAsync()
    {
        var full = await app.ClientAsync(ApiKeyScopes.All.ToArray());
        var body = operation.HasRequestBody ? ConformanceSamples.Body(operation.Id) : null;
        foreach (var path in ValidPaths()) await SendAsync(full, path, body);
        if (operation.BearerScopes is { } scopes)
        {
            await SendAsync(app.CreateClient(), ValidPaths().First(), body);
            var others = ApiKeyScopes.All.Except(scopes).ToArray();
            if (others.Length > 0) await SendAsync(await app.ClientAsync(others), ValidPaths().First(), body);
        }
        foreach (var parameter in operation.ParametersIn("query").Select(p => p["name"]!.GetValue<string>()))
        {
            await SendAsync(full, $"{ValidPaths().First()}?{parameter}={Invalid}", body);
            if (parameter == "location_id") await SendAsync(full, $"{ValidPaths().First()}?location_id={Unknown}", body);
        }
        foreach (var parameter in operation.ParametersIn("path").Select(p => p["name"]!.GetValue<string>()))
        {
            await SendAsync(full, operation.Path.Replace("{" + parameter + "}", Unknown).Replace("{", "").Replace("}", ""), body);
        }
        if (body is not null) await SendBodyErrorsAsync(full, body);
        return _answers;
    }

    private async Task SendBodyErrorsAsync(HttpClient client, string body)
    {
        var path = ValidPaths().First();
        await SendAsync(client, path, "\"a string where an object belongs\"");
        await SendAsync(client, path, body, "text/plain");
        if (JsonNode.Parse(body) is JsonObject o && o.ContainsKey("location_id"))
        {
            o["location_id"] = Unknown;
            await SendAsync(client, path, o.ToJsonString());
            o["location_id"] = Invalid;
            await SendAsync(client, path, o.ToJsonString());
        }
    }

    /// <summary>The operation's path with real values: each value a path parameter's schema enumerates, or a sample.</summary>
    private List<string> ValidPaths()
    {
        var paths = new List<string> { operation.Path };
        foreach (var p in operation.ParametersIn("path"))
        {
            var name = p["name"]!.GetValue<string>();
            var values = p["schema"]?["enum"]?.AsArray().Select(v => v!.GetValue<string>()).ToList() ?? [app.PathSample(name)];
            paths = paths.SelectMany(path => values.Select(v => path.Replace("{" + name + "}", Uri.EscapeDataString(v)))).ToList();
        }
        return paths;
    }

    private async Task SendAsync(HttpClient client, string url, string? body, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(operation.Method, url);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue(contentType));
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var auth = client.DefaultRequestHeaders.Authorization is null ? "no key" : "key";
        _answers.Add(new ProbeAnswer($"{operation.Method} {url} ({auth}, {contentType}) {body?[..Math.Min(body.Length, 80)]}",
            (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, text));
    }
}
