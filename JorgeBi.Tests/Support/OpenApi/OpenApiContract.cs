using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace JorgeBi.Tests.Support.OpenApi;

/// <summary>One operation of the document: its path template, method and OpenAPI object.</summary>
public sealed record OpenApiOperation(string Path, HttpMethod Method, JsonObject Definition)
{
    public string Id => Definition["operationId"]?.GetValue<string>() ?? $"{Method} {Path}";

    public IReadOnlyList<JsonObject> Parameters =>
        Definition["parameters"]?.AsArray().Select(p => p!.AsObject()).ToList() ?? [];

    public IEnumerable<JsonObject> ParametersIn(string location) =>
        Parameters.Where(p => p["in"]!.GetValue<string>() == location);

    public bool HasRequestBody => Definition["requestBody"] is not null;

    /// <summary>The API key scopes the operation's Bearer requirement names; null when it declares no security.</summary>
    public IReadOnlyList<string>? BearerScopes =>
        Definition["security"]?.AsArray().Select(r => r!.AsObject()["Bearer"]).OfType<JsonArray>()
            .Select(scopes => scopes.Select(s => s!.GetValue<string>()).ToList()).FirstOrDefault();
}

/// <summary>
/// The app's OpenAPI document as a test oracle: every operation it declares, and whether a
/// real answer matches what the document says for that operation, status and media type.
/// The schemas are the document's own (JSON Schema 2020-12, as OpenAPI 3.1 defines them).
/// </summary>
public sealed class OpenApiContract
{
    private const string ComponentRef = "\"#/components/schemas/";
    private readonly JsonObject _document;
    private readonly string _definitions;
    private readonly ConcurrentDictionary<string, JsonSchema> _schemas = new();
    private readonly EvaluationOptions _options;

    public OpenApiContract(string documentJson)
    {
        _document = JsonNode.Parse(documentJson)!.AsObject();
        var schemas = _document["components"]?["schemas"]?.ToJsonString() ?? "{}";
        _definitions = LocalRefs(schemas);
        _options = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
        foreach (var format in OpenApiFormats.All) _options.FormatRegistry.Register(format);
    }

    public JsonObject Document => _document;

    public IReadOnlyList<OpenApiOperation> Operations =>
        _document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject()
                .Where(op => op.Value is JsonObject o && o.ContainsKey("responses"))
                .Select(op => new OpenApiOperation(path.Key, new HttpMethod(op.Key.ToUpperInvariant()), op.Value!.AsObject())))
            .ToList();

    /// <summary>
    /// What is wrong with an answer according to the document: an undocumented status or
    /// media type, or a JSON body that fails the declared schema. Empty when it conforms.
    /// </summary>
    public IReadOnlyList<string> Check(OpenApiOperation operation, int status, string? mediaType, string body)
    {
        var where = $"{operation.Id} {status} {mediaType}";
        if (operation.Definition["responses"]?[status.ToString()] is not JsonObject response)
        {
            return [$"{where}: status {status} is not documented ({Excerpt(body)})"];
        }
        var content = response["content"]?.AsObject();
        if (content is null || content.Count == 0)
        {
            return body.Length == 0 ? [] : [$"{where}: documented without content, answered {Excerpt(body)}"];
        }
        if (mediaType is null || content[mediaType] is not JsonObject media)
        {
            return [$"{where}: media type not documented (documented: {string.Join(", ", content.Select(c => c.Key))})"];
        }
        if (media["schema"] is not JsonNode schema) return [];
        if (!IsJson(mediaType)) return schema["type"]?.ToString() == "string" ? [] : [$"{where}: a non-JSON body documented as {schema}"];
        var results = SchemaFor(schema).Evaluate(JsonDocument.Parse(body).RootElement, _options);
        if (results.IsValid) return [];
        return (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{where}: at '{d.InstanceLocation}' ({d.EvaluationPath}): {e.Key}: {e.Value}"))
            .DefaultIfEmpty($"{where}: invalid ({Excerpt(body)})")
            .ToList();
    }

    public static bool IsJson(string mediaType) => mediaType == "application/json" || mediaType.EndsWith("+json", StringComparison.Ordinal);

    /// <summary>The response schema wrapped with every component schema as a local definition.</summary>
    private JsonSchema SchemaFor(JsonNode schema)
    {
        var text = LocalRefs(schema.ToJsonString());
        return _schemas.GetOrAdd(text, t => JsonSchema.FromText(
            $"{{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"$defs\":{_definitions},\"allOf\":[{t}]}}",
            new BuildOptions { SchemaRegistry = new SchemaRegistry() },
            new Uri($"https://contract.invalid/{_schemas.Count}")));
    }

    private static string LocalRefs(string json) => json.Replace(ComponentRef, "\"#/$defs/", StringComparison.Ordinal);

    private static string Excerpt(string body) => body.Length <= 300 ? body : body[..300] + "...";
}
