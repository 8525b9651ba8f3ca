using JorgeBi.Data.Telemetry;
using JorgeBi.Web.Api.Infrastructure;
using JorgeBi.Web.Security;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace JorgeBi.Web.Telemetry;

/// <summary>
/// OpenTelemetry: metrics always (ASP.NET Core, Blazor circuits, HttpClient, Npgsql, the
/// runtime and JorgeBi's own), scraped at <see cref="MetricsPath"/>; traces and an OTLP
/// export only when an OTLP endpoint is configured, so the shipped defaults start no span.
/// </summary>
public static class TelemetrySetup
{
    public const string MetricsPath = "/metrics";
    public const string ServiceName = "jorgebi";

    // ASP.NET Core's own meter for Blazor Server circuits (aspnetcore.components.circuit.active, ...).
    private const string CircuitsMeter = "Microsoft.AspNetCore.Components.Server.Circuits";

    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var otlp = OtlpTarget.From(configuration);
        services.AddSingleton<AggregatorLagReading>();
        services.AddSingleton<JorgeBiGauges>();
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName, serviceVersion: typeof(TelemetrySetup).Assembly.GetName().Version?.ToString()))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(JorgeBiMeter.Name, CircuitsMeter)
                    .AddInstrumentation(sp => sp.GetRequiredService<JorgeBiGauges>())
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddNpgsqlInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddJorgeBiViews()
                    .AddPrometheusExporter();
                if (otlp is not null) metrics.AddOtlpExporter(o => otlp.Apply(o, "v1/metrics"));
            });
        if (otlp is not null)
        {
            telemetry.WithTracing(tracing => tracing
                .SetSampler(new ParentBasedSampler(new ServedRequestSampler()))
                .AddAspNetCoreInstrumentation(o => o.Filter = IsTraced)
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddOtlpExporter(o => otlp.Apply(o, "v1/traces")));
        }
        return services;
    }

    /// <summary>The Prometheus scrape endpoint, for API keys with the admin scope.</summary>
    public static IEndpointRouteBuilder MapMetricsEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPrometheusScrapingEndpoint(MetricsPath)
            .RequireAuthorization(ApiPolicies.Admin)
            .RequireRateLimiting(RateLimiting.Api);
        return app;
    }

    // Probes and scrapes arrive every few seconds and say nothing a metric does not.
    private static bool IsTraced(HttpContext context) =>
        !context.Request.Path.StartsWithSegments("/health") && !context.Request.Path.StartsWithSegments(MetricsPath);
}
