using System.Net;

namespace JorgeBi.Tests.Support;

/// <summary>
/// An HTTP endpoint on a free loopback port for services the app calls out to: each request
/// is read whole and handed, with its body, to the handler, which sets the response.
/// </summary>
public sealed class LoopbackListener : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Action<HttpListenerContext, byte[]> _handle;

    public LoopbackListener(string path, Action<HttpListenerContext, byte[]> handle)
    {
        _handle = handle;
        Url = $"http://127.0.0.1:{AppProcess.FreePort()}{path}";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public string Url { get; }

    private async Task ServeAsync()
    {
        while (true)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            _handle(context, body.ToArray());
            context.Response.Close();
        }
    }

    public void Dispose() => _listener.Close();
}
