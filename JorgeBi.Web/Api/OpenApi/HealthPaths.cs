using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace JorgeBi.Web.Api.OpenApi;

/// <summary>
/// The health endpoints are health-check middleware, not described endpoints, so the
/// generator does not see them; the contract lists them, so they are added here. They need
/// no key: their operations carry an empty security requirement list.
/// </summary>
public static class HealthPaths
{
    private const string StatusSchema = "HealthStatus";

    public static Task ApplyAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[StatusSchema] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Required = new HashSet<string> { "status" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["status"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Enum = [JsonValue.Create("healthy"), JsonValue.Create("degraded"), JsonValue.Create("unhealthy")],
                },
                ["checked_at"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" },
            },
        };
        document.Paths ??= new OpenApiPaths();
        document.Paths["/health/live"] = Path(document, "GetHealthLive", "Liveness: the process answers (200); no dependency is checked", ready: false);
        document.Paths["/health/ready"] = Path(document, "GetHealthReady", "Readiness: 200 when the app's dependencies (database, change feed, aggregator) are usable (`degraded` while the aggregator lags), otherwise 503", ready: true);
        document.Tags ??= new HashSet<OpenApiTag>();
        document.Tags.Add(new OpenApiTag { Name = "Health" });
        return Task.CompletedTask;
    }

    private static OpenApiPathItem Path(OpenApiDocument document, string id, string summary, bool ready)
    {
        var responses = new OpenApiResponses { ["200"] = Status(document, "Healthy") };
        if (ready) responses["503"] = Status(document, "Not ready");
        return new OpenApiPathItem
        {
            Operations = new Dictionary<HttpMethod, OpenApiOperation>
            {
                [HttpMethod.Get] = new OpenApiOperation
                {
                    OperationId = id,
                    Summary = summary,
                    Tags = new HashSet<OpenApiTagReference> { new("Health", document) },
                    Security = [],
                    Responses = responses,
                },
            },
        };
    }

    private static OpenApiResponse Status(OpenApiDocument document, string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/json"] = new() { Schema = new OpenApiSchemaReference(StatusSchema, document) },
        },
    };
}
