using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using JorgeBi.Core.Executive;
using JorgeBi.Core.Kpis;
using JorgeBi.Web.Api;

namespace JorgeBi.MicroBench;

/// <summary>
/// Writing a 30-day dashboard-kpis answer (with trends) as the API does: with the generated
/// context first in the chain, and with the same options on reflection only.
/// </summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private Utf8JsonWriter _writer = null!;
    private ExecutiveKpis _answer = null!;
    private JsonSerializerOptions _generated = null!;
    private JsonSerializerOptions _reflection = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        var period = Timeframes.Resolve("30d", SampleData.Location.LocalNow(SampleData.Now));
        var sources = new InMemorySources(period);
        _answer = await new ExecutiveKpiService(sources, sources, sources, new FixedClock()).GetAsync(SampleData.Location, period, includeTrends: true);
        // The shape of the HTTP options: web defaults, the API's conventions, reflection last.
        _generated = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiJsonContext.Configure(_generated);
        _generated.TypeInfoResolverChain.Add(new DefaultJsonTypeInfoResolver());
        _reflection = new JsonSerializerOptions(_generated) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        _writer = new Utf8JsonWriter(_buffer);
        if (!Write(_generated).SequenceEqual(Write(_reflection)))
        {
            throw new InvalidOperationException("The generated and the reflection JSON differ.");
        }
    }

    [Benchmark(Baseline = true)]
    public int Reflection() => Write(_reflection).Length;

    [Benchmark]
    public int SourceGenerated() => Write(_generated).Length;

    // Into a reused buffer, so the figures are the serializer's own work and allocations.
    private ReadOnlySpan<byte> Write(JsonSerializerOptions options)
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        JsonSerializer.Serialize(_writer, _answer, options);
        _writer.Flush();
        return _buffer.WrittenSpan;
    }
}
