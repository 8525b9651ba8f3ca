using JorgeBi.Web.Api.OpenApi;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace JorgeBi.Web.Api.Infrastructure;

public static class ApiInfrastructure
{
    /// <summary>Largest accepted request body: a full batch of 1,000 events with room to spare.</summary>
    public const long MaxRequestBodyBytes = 4 * 1024 * 1024;

    public static IServiceCollection AddApiInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            c.ProblemDetails.Type ??= ApiProblem.TypeFor(c.ProblemDetails.Status ?? 500);
            ApiProblem.AddTraceId(c.ProblemDetails, c.HttpContext);
        });
        services.AddExceptionHandler<ExceptionToProblem>();
        // After AddOpenApi, whose own context would otherwise go in front of ours.
        services.AddJorgeBiOpenApi();
        services.ConfigureHttpJsonOptions(o => ApiJsonContext.Configure(o.SerializerOptions));
        services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        var origins = configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        // No origin is allowed unless configured: browsers on other sites cannot read the API.
        services.AddCors(o => o.AddDefaultPolicy(p => p.WithOrigins(origins).WithMethods("GET", "POST").WithHeaders("Authorization", "Content-Type")));
        services.AddJorgeBiRateLimiting(configuration);
        return services;
    }

    public static WebApplication UseApiInfrastructure(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseSecurityHeaders();
        // Kestrel enforces the limit on the bytes read; a declared length over it is refused
        // before reading anything, under any server.
        app.Use((context, next) => context.Request.ContentLength > MaxRequestBodyBytes
            ? ApiProblem.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "Payload too large", $"Request bodies are limited to {MaxRequestBodyBytes} bytes.")
            : next(context));
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        // Empty 4xx answers of API routes (404, 405, ...) become problem+json.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseMethodNotAllowedForApi();
        app.UseCors();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }
}
