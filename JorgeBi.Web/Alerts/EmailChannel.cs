using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace JorgeBi.Web.Alerts;

/// <summary>Sends plain-text email over SMTP (MailKit): alert transitions to the configured recipients, digests to their subscribers.</summary>
public sealed class EmailChannel(IOptionsMonitor<AlertChannelOptions> options)
{
    public Task SendAsync(AlertMessage message, CancellationToken ct) =>
        SendAsync(message.Subject, Body(message), options.CurrentValue.Email.To, ct);

    public async Task SendAsync(string subject, string body, IEnumerable<string> to, CancellationToken ct)
    {
        var settings = options.CurrentValue.Email;
        var mail = new MimeMessage { Subject = subject, Body = new TextPart("plain") { Text = body } };
        mail.From.Add(MailboxAddress.Parse(settings.From));
        mail.To.AddRange(to.Select(MailboxAddress.Parse));

        using var smtp = new SmtpClient { Timeout = (int)options.CurrentValue.Delivery.Timeout.TotalMilliseconds };
        await smtp.ConnectAsync(settings.Host ?? throw new InvalidOperationException("Alerts:Email:Host is not set."), settings.Port, Enum.Parse<SecureSocketOptions>(settings.Security, ignoreCase: true), ct);
        if (!string.IsNullOrEmpty(settings.Username)) await smtp.AuthenticateAsync(settings.Username, settings.Password ?? "", ct);
        await smtp.SendAsync(mail, ct);
        await smtp.DisconnectAsync(quit: true, ct);
    }

    private static string Body(AlertMessage m) => string.Join('\n',
        m.Message,
        "",
        $"Severity: {m.Severity}",
        $"Location: {m.LocationId ?? "all"}",
        $"Fired at: {m.FiredAt:yyyy-MM-dd HH:mm} UTC",
        m.ResolvedAt is { } r ? $"Resolved at: {r:yyyy-MM-dd HH:mm} UTC" : "Still firing.",
        $"Alert: {m.Key}");
}
