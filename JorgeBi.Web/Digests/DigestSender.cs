using JorgeBi.Core.Digests;
using JorgeBi.Core.Executive;
using JorgeBi.Core.Insights;
using JorgeBi.Core.Kpis;
using JorgeBi.Data.Digests;
using JorgeBi.Web.Alerts;
using Microsoft.Extensions.Options;

namespace JorgeBi.Web.Digests;

/// <summary>
/// One round of digests: each subscription's due period (in its location's zone) is claimed
/// in the database, composed from the executive KPIs and insights, and emailed through the
/// alerts' SMTP channel. A claimed period is never sent again, after a restart included; a
/// failed send is retried on later rounds, waiting FirstRetryDelay and doubling, until
/// Alerts:Delivery:MaxAttempts.
/// </summary>
public sealed class DigestSender(
    DigestStore store, ILocationSource locations, ExecutiveKpiService kpis, InsightService insights, EmailChannel email,
    IOptionsMonitor<DigestOptions> options, IOptionsMonitor<AlertChannelOptions> channels, TimeProvider clock, ILogger<DigestSender> log)
{
    /// <summary>Sends what is due; returns how many digests went out.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        // Without a server nothing is claimed, so what is due goes out once one is configured.
        if (!channels.CurrentValue.Email.HasServer) return 0;
        var settings = options.CurrentValue;
        var delivery = channels.CurrentValue.Delivery;
        var now = clock.GetUtcNow();
        var sent = 0;
        foreach (var subscription in await store.ListAsync(ct))
        {
            if (await locations.FindAsync(subscription.LocationId, ct) is not { } location) continue;
            var due = DigestSchedule.Due(subscription.Frequency, location.LocalNow(now), settings.SendAt);
            // A new subscriber starts with the next digest, not one that went out before they subscribed.
            if (location.LocalNow(subscription.CreatedAt) > due.SendsAt) continue;
            if (await store.ClaimAsync(subscription.SubscriptionId, due, delivery.Timeout * 2, ct) is not { } attempts) continue;

            var error = await TrySendAsync(subscription, location, due, settings, delivery.Timeout, ct);
            var gaveUp = error is not null && attempts + 1 >= delivery.MaxAttempts;
            await store.RecordAttemptAsync(subscription.SubscriptionId, due, error, gaveUp, delivery.FirstRetryDelay * (1 << Math.Min(attempts, 16)), ct);
            if (error is null) sent++;
            else log.LogWarning("Digest {Frequency} of {LocationId} for {Period} to {Email}: attempt {Attempt} of {MaxAttempts} failed: {Error}",
                subscription.Frequency, location.LocationId, due.FirstDay, subscription.Email, attempts + 1, delivery.MaxAttempts, error);
        }
        return sent;
    }

    private async Task<string?> TrySendAsync(DigestSubscription subscription, LocationInfo location, DigestDue due, DigestOptions settings, TimeSpan timeout, CancellationToken ct)
    {
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(ct);
        attempt.CancelAfter(timeout);
        try
        {
            var numbers = await kpis.GetAsync(location, due.Period, includeTrends: false, attempt.Token);
            var top = await insights.ListAsync(location.LocationId, limit: settings.Insights, ct: attempt.Token) ?? [];
            var digest = DigestComposer.Compose(location, subscription.Frequency, due, numbers, top, settings.DashboardUrl);
            await email.SendAsync(digest.Subject, digest.Body, [subscription.Email], attempt.Token);
            return null;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            return e is OperationCanceledException ? $"no answer within {timeout.TotalSeconds:0.#} s" : e.Message;
        }
    }
}
