using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace JorgeBi.Tests.Telemetry;

/// <summary>
/// A collector's OTLP/HTTP endpoint reduced to what a test needs: it answers every POST
/// with an empty (valid) protobuf response and keeps each request's path and body.
/// </summary>
public sealed class OtlpReceiver : IDisposable
{
    private readonly LoopbackListener _listener;
    private readonly ConcurrentQueue<(string Path, string ContentType, byte[] Body)> _received = new();

    public OtlpReceiver()
    {
        _listener = new LoopbackListener("/", Handle);
    }

    public string Url => _listener.Url;

    /// <summary>
    /// Waits for an export to <paramref name="path"/> whose body holds <paramref name="text"/>
    /// (protobuf stores strings as plain UTF-8); returns every body received so far.
    /// </summary>
    public async Task<IReadOnlyList<byte[]>> WaitForAsync(string path, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var bodies = _received.Where(r => r.Path == path).ToList();
            if (bodies.Any(r => r.Body.AsSpan().IndexOf(needle) >= 0))
            {
                Assert.All(bodies, r => Assert.Equal("application/x-protobuf", r.ContentType));
                return bodies.Select(r => r.Body).ToList();
            }
            Assert.True(DateTime.UtcNow < deadline, $"No export to {path} held '{text}' within 30 s; received: {string.Join(", ", _received.Select(r => r.Path))}");
            await Task.Delay(50);
        }
    }

    private void Handle(HttpListenerContext context, byte[] body)
    {
        _received.Enqueue((context.Request.Url!.AbsolutePath, context.Request.ContentType ?? "", body));
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/x-protobuf";
    }

    public void Dispose() => _listener.Dispose();
}
