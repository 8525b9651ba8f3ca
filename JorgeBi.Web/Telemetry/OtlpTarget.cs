using OpenTelemetry.Exporter;

namespace JorgeBi.Web.Telemetry;

/// <summary>
/// Where traces and metrics go over OTLP: Telemetry:Otlp:Endpoint (and :Protocol,
/// "grpc" or "http/protobuf"), or the standard OTEL_EXPORTER_OTLP_* variables, which the
/// exporter reads itself. Nothing is exported when neither names an endpoint.
/// </summary>
public sealed record OtlpTarget(Uri? Endpoint, OtlpExportProtocol? Protocol)
{
    public const string Section = "Telemetry:Otlp";

    public static OtlpTarget? From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var endpoint = section["Endpoint"];
        if (string.IsNullOrWhiteSpace(endpoint) && string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])) return null;
        return new OtlpTarget(string.IsNullOrWhiteSpace(endpoint) ? null : ParseEndpoint(endpoint), ParseProtocol(section["Protocol"]));
    }

    /// <param name="signalPath">"v1/traces" or "v1/metrics": the exporter adds it to the standard variable only, not to an endpoint set here.</param>
    public void Apply(OtlpExporterOptions options, string signalPath)
    {
        if (Protocol is { } protocol) options.Protocol = protocol;
        if (Endpoint is null) return;
        options.Endpoint = options.Protocol == OtlpExportProtocol.HttpProtobuf
            ? new Uri(Endpoint, Endpoint.AbsolutePath.TrimEnd('/') + "/" + signalPath)
            : Endpoint;
    }

    private static Uri ParseEndpoint(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new InvalidOperationException($"{Section}:Endpoint must be an absolute http(s) URL, e.g. http://collector:4317; got '{value}'.");

    private static OtlpExportProtocol? ParseProtocol(string? value) => value?.Trim() switch
    {
        null or "" => null,
        "grpc" => OtlpExportProtocol.Grpc,
        "http/protobuf" => OtlpExportProtocol.HttpProtobuf,
        _ => throw new InvalidOperationException($"{Section}:Protocol must be 'grpc' or 'http/protobuf'; got '{value}'."),
    };
}
