using JorgeBi.Data.Alerts;

namespace JorgeBi.Web.Alerts;

/// <summary>Where alerts go (section "Alerts", beside the rules): signed webhooks and email over SMTP.</summary>
public sealed class AlertChannelOptions
{
    public List<WebhookTarget> Webhooks { get; set; } = [];
    public EmailSettings Email { get; set; } = new();
    public DeliverySettings Delivery { get; set; } = new();

    /// <summary>Every configured target; a transition gets one delivery for each.</summary>
    public IReadOnlyList<DeliveryTarget> Targets()
    {
        var targets = Webhooks.Where(w => !string.IsNullOrWhiteSpace(w.Url))
            .Select(w => new DeliveryTarget(DeliveryTarget.Webhook, w.Url)).ToList();
        if (Email.IsConfigured) targets.Add(new DeliveryTarget(DeliveryTarget.Email, string.Join(", ", Email.To)));
        return targets;
    }

    public sealed class WebhookTarget
    {
        public string Url { get; set; } = "";
        /// <summary>Key of the HMAC-SHA256 signature in X-JorgeBi-Signature; the receiver holds the same.</summary>
        public string Secret { get; set; } = "";
    }

    public sealed class EmailSettings
    {
        public string? Host { get; set; }
        public int Port { get; set; } = 587;
        /// <summary>MailKit's SecureSocketOptions: Auto, None, StartTls, StartTlsWhenAvailable or SslOnConnect.</summary>
        public string Security { get; set; } = "Auto";
        public string? Username { get; set; }
        public string? Password { get; set; }
        public string From { get; set; } = "JorgeBi <alerts@localhost>";
        public List<string> To { get; set; } = [];

        /// <summary>An SMTP server to send through: digests need only this, alerts also <see cref="To"/>.</summary>
        public bool HasServer => !string.IsNullOrWhiteSpace(Host);

        public bool IsConfigured => HasServer && To.Count > 0;
    }

    public sealed class DeliverySettings
    {
        /// <summary>Attempts per message before it is given up (and shown as failed).</summary>
        public int MaxAttempts { get; set; } = 5;
        /// <summary>Wait before the first retry; it doubles before each next one.</summary>
        public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(2);
        public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
    }
}
