using JorgeBi.Data.Alerts;
using Microsoft.Extensions.Options;

namespace JorgeBi.Web.Alerts;

/// <summary>
/// Sends the outbox: each claimed message is tried up to MaxAttempts times, waiting
/// FirstRetryDelay and then twice as long before each retry; every attempt is recorded,
/// so the admin page shows what failed and why.
/// </summary>
public sealed class AlertDispatcher(
    AlertDeliveryStore deliveries, WebhookChannel webhooks, EmailChannel email, IOptionsMonitor<AlertChannelOptions> options,
    TimeProvider clock, ILogger<AlertDispatcher> log)
{
    private const int Batch = 50;

    /// <summary>Sends what is due; returns how many messages were delivered.</summary>
    public async Task<int> DispatchAsync(CancellationToken ct)
    {
        var settings = options.CurrentValue.Delivery;
        // Held long enough for every retry, so no other instance takes a message mid-way.
        var lease = settings.Timeout * settings.MaxAttempts + settings.FirstRetryDelay * (1 << Math.Min(settings.MaxAttempts, 16));
        var claimed = await deliveries.ClaimAsync(Batch, lease, ct);
        var sent = await Task.WhenAll(claimed.Select(c => DeliverAsync(c.Delivery, c.Alert, settings, ct)));
        return sent.Count(s => s);
    }

    private async Task<bool> DeliverAsync(AlertDelivery delivery, AlertRecord alert, AlertChannelOptions.DeliverySettings settings, CancellationToken ct)
    {
        var message = AlertMessage.Of(delivery, alert);
        var delay = settings.FirstRetryDelay;
        for (var attempt = delivery.Attempts + 1; ; attempt++)
        {
            var error = await TrySendAsync(delivery, message, settings.Timeout, ct);
            var gaveUp = error is not null && attempt >= settings.MaxAttempts;
            await deliveries.RecordAttemptAsync(delivery.DeliveryId, error, gaveUp, ct);
            if (error is null) return true;
            log.LogWarning("Alert {AlertKey} {Transition} to {Channel} {Target}: attempt {Attempt} of {MaxAttempts} failed: {Error}",
                alert.AlertKey, delivery.Transition, delivery.Channel, delivery.Target, attempt, settings.MaxAttempts, error);
            if (gaveUp) return false;
            await Task.Delay(delay, clock, ct);
            delay *= 2;
        }
    }

    private async Task<string?> TrySendAsync(AlertDelivery delivery, AlertMessage message, TimeSpan timeout, CancellationToken ct)
    {
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(ct);
        attempt.CancelAfter(timeout);
        try
        {
            if (delivery.Channel == DeliveryTarget.Webhook) await webhooks.SendAsync(delivery.Target, message, attempt.Token);
            else await email.SendAsync(message, attempt.Token);
            return null;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            return e is OperationCanceledException ? $"no answer within {timeout.TotalSeconds:0.#} s" : e.Message;
        }
    }
}
