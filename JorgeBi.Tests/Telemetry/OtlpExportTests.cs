using System.Net;
using System.Text;
using JorgeBi.Data.Access;

namespace JorgeBi.Tests.Telemetry;

/// <summary>With an OTLP endpoint configured the app exports traces and metrics there (OTLP/HTTP, protobuf).</summary>
public sealed class OtlpExportTests(OtlpExportTests.Factory app) : IClassFixture<OtlpExportTests.Factory>
{
    public sealed class Factory : ApiFactory
    {
        public OtlpReceiver Receiver { get; } = new();

        // Export at once rather than every 5 s (spans) and 60 s (metrics).
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Telemetry:Otlp:Endpoint"] = Receiver.Url,
            ["Telemetry:Otlp:Protocol"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "100",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "200",
        };

        protected override async Task DisposeDatabasesAsync()
        {
            Receiver.Dispose();
            await base.DisposeDatabasesAsync();
        }
    }

    [Fact]
    public async Task Requests_WithOtlpConfigured_ExportedAsSpansWithoutHealthProbes()
    {
        var reader = await app.ClientWithScopesAsync(ApiKeyScopes.BiRead);

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/api/bi/leads/no-such-lead/timeline")).StatusCode);

        var traces = await app.Receiver.WaitForAsync("/v1/traces", "/api/bi/leads/{leadId}/timeline");
        // The probe ended before the traced request began, so it would be in this export or an earlier one.
        Assert.DoesNotContain(traces, body => Encoding.UTF8.GetString(body).Contains("/health/live", StringComparison.Ordinal));
        Assert.Contains(traces, body => Encoding.UTF8.GetString(body).Contains("jorgebi", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Metrics_WithOtlpConfigured_ExportedPeriodically()
    {
        await app.Receiver.WaitForAsync("/v1/metrics", "jorgebi.change_feed.connected");
    }
}
