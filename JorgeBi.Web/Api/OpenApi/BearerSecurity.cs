using JorgeBi.Data.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace JorgeBi.Web.Api.OpenApi;

/// <summary>
/// API keys in the document: one HTTP Bearer scheme, and on each operation whose endpoint
/// requires an API policy, a requirement naming the scope its key must hold. Read from the
/// endpoints' own authorization metadata, so the document cannot drift from what is enforced.
/// </summary>
public static class BearerSecurity
{
    public const string SchemeName = "Bearer";

    public static Task DeclareSchemeAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "API key",
            Description = "An API key (`jbi_…`), created with the `apikey create` command and shown once, sent as " +
                "`Authorization: Bearer <key>`. Each operation names the scope its key must hold (`bi:read`, " +
                "`events:write` or `admin`): no key gives 401, a key without the scope 403. The dashboard's " +
                "sign-in cookie does not open the API.",
        };
        return Task.CompletedTask;
    }

    public static Task RequireKeyAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var scopes = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).OfType<string>()
            .Where(ApiKeyScopes.All.Contains).Distinct().ToList();
        if (scopes.Count == 0 || metadata.OfType<IAllowAnonymous>().Any()) return Task.CompletedTask;
        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = scopes }];
        var needs = $"Requires an API key with the `{string.Join("` and `", scopes)}` scope.";
        operation.Description = operation.Description is { Length: > 0 } d ? $"{d}\n\n{needs}" : needs;
        return Task.CompletedTask;
    }
}
