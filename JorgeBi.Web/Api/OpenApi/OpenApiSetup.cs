namespace JorgeBi.Web.Api.OpenApi;

/// <summary>
/// The OpenAPI document at /openapi/v1.json, generated from the endpoints' metadata and
/// completed by transformers: what the API is, how a caller authenticates, the health
/// endpoints, and schemas that match what the wire really carries.
/// </summary>
public static class OpenApiSetup
{
    public static IServiceCollection AddJorgeBiOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer(HealthPaths.ApplyAsync);
            o.AddDocumentTransformer(DocumentDescription.ApplyAsync);
            o.AddDocumentTransformer(BearerSecurity.DeclareSchemeAsync);
            o.AddOperationTransformer(BearerSecurity.RequireKeyAsync);
            o.AddSchemaTransformer(WireSchemas.ApplyAsync);
        });
}
