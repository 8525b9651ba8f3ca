using System.Diagnostics;
using OpenTelemetry.Trace;

namespace JorgeBi.Web.Telemetry;

/// <summary>
/// Starts traces only at requests the app serves. The aggregator polls the database every
/// 50 ms and the change feed and live broadcaster query on their own: as roots, their
/// database spans would bury the requests. Inside a request, every span is kept.
/// </summary>
public sealed class ServedRequestSampler : Sampler
{
    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters) =>
        new(samplingParameters.Kind == ActivityKind.Server ? SamplingDecision.RecordAndSample : SamplingDecision.Drop);
}
