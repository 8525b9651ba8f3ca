using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace JorgeBi.Web.Api.Export;

/// <summary>The export's {report} path parameter, documented with the reports that exist.</summary>
public static class ReportParameter
{
    public static Task EnumerateAsync(OpenApiOperation operation, IEnumerable<string> reports)
    {
        var parameter = operation.Parameters?.FirstOrDefault(p => p.Name == "report");
        if (parameter?.Schema is OpenApiSchema schema) schema.Enum = reports.Select(r => (JsonNode)JsonValue.Create(r)).ToList();
        return Task.CompletedTask;
    }
}
