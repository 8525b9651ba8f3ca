using System.Buffers;
using System.Threading.Channels;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace JorgeBi.Tests.Alerts;

/// <summary>A real SMTP server on a free loopback port that keeps every message it accepts.</summary>
public sealed class SmtpReceiver : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<MimeMessage> _messages = Channel.CreateUnbounded<MimeMessage>();

    public SmtpReceiver()
    {
        Port = AppProcess.FreePort();
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(_messages.Writer));
        _ = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    /// <summary>The next message received, waiting for it up to 30 s.</summary>
    public async Task<MimeMessage> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await _messages.Reader.ReadAsync(timeout.Token);
    }

    public bool HasMore => _messages.Reader.TryPeek(out _);

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }

    private sealed class Store(ChannelWriter<MimeMessage> messages) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken ct)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            await messages.WriteAsync(await MimeMessage.LoadAsync(stream, ct), ct);
            return SmtpResponse.Ok;
        }
    }
}
