using System.Collections.Concurrent;

namespace JorgeBi.Tests.Alerts;

/// <summary>
/// A webhook endpoint on a real port: it keeps every request's body and signature header and
/// answers with the status <paramref name="statusOfRequest"/> gives for the n-th request (1-based).
/// </summary>
public sealed class WebhookReceiver : IDisposable
{
    private readonly Func<int, int> _statusOfRequest;
    private readonly LoopbackListener _listener;
    private int _count;

    public WebhookReceiver(Func<int, int>? statusOfRequest = null)
    {
        _statusOfRequest = statusOfRequest ?? (_ => 200);
        _listener = new LoopbackListener("/hooks/alerts/", Handle);
    }

    public string Url => _listener.Url;

    public ConcurrentQueue<(string? Signature, string ContentType, byte[] Body)> Received { get; } = new();

    private void Handle(System.Net.HttpListenerContext context, byte[] body)
    {
        Received.Enqueue((context.Request.Headers["X-JorgeBi-Signature"], context.Request.ContentType ?? "", body));
        context.Response.StatusCode = _statusOfRequest(Interlocked.Increment(ref _count));
    }

    public void Dispose() => _listener.Dispose();
}
