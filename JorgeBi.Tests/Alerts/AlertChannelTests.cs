using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using JorgeBi.Core.Alerts;
using JorgeBi.Data.Alerts;
using JorgeBi.Web.Alerts;
using Microsoft.Extensions.Logging.Abstractions;

namespace JorgeBi.Tests.Alerts;

/// <summary>
/// Transitions sent to a real HTTP receiver and a real SMTP server, each test on its own
/// database (the alert set is global). Retries wait milliseconds, not seconds.
/// </summary>
public sealed class AlertChannelTests : IAsyncLifetime
{
    private const string Secret = "s3cret-shared-with-the-receiver";
    private static readonly DateTimeOffset T0 = new(2026, 6, 17, 17, 0, 0, TimeSpan.Zero);
    private static readonly AlertCondition SlowBot =
        new("bot-response:la:lead-bot", AlertRuleNames.BotResponse, "la", AlertRuleNames.Warning, "lead-bot at Los Angeles responds slower than its target", "p95 response time 2,500 ms over 100 interactions, against a 2,000 ms target.");

    private readonly TestDatabase _db = new();

    public Task InitializeAsync() => _db.InitializeAsync();

    public Task DisposeAsync() => _db.DisposeAsync();

    private (AlertStore Store, AlertDeliveryStore Deliveries, AlertDispatcher Dispatcher, IReadOnlyList<DeliveryTarget> Targets) Build(AlertChannelOptions options)
    {
        options.Delivery.FirstRetryDelay = TimeSpan.FromMilliseconds(10);
        var monitor = new StaticOptions<AlertChannelOptions>(options);
        var deliveries = new AlertDeliveryStore(_db.DataSource);
        var dispatcher = new AlertDispatcher(deliveries, new WebhookChannel(new HttpClient(), monitor), new EmailChannel(monitor), monitor,
            TimeProvider.System, NullLogger<AlertDispatcher>.Instance);
        return (new AlertStore(_db.DataSource), deliveries, dispatcher, options.Targets());
    }

    private static AlertChannelOptions Webhook(string url, int maxAttempts = 5) => new()
    {
        Webhooks = [new AlertChannelOptions.WebhookTarget { Url = url, Secret = Secret }],
        Delivery = { MaxAttempts = maxAttempts },
    };

    [Fact]
    public async Task Webhook_EachTransition_ArrivesOnce_SignedWithTheSharedSecret()
    {
        using var receiver = new WebhookReceiver();
        var (store, deliveries, dispatcher, targets) = Build(Webhook(receiver.Url));

        await store.RecordAsync([SlowBot], T0, targets);
        Assert.Equal(1, await dispatcher.DispatchAsync(default));
        await store.RecordAsync([SlowBot], T0.AddMinutes(1), targets);
        Assert.Equal(0, await dispatcher.DispatchAsync(default));
        await store.RecordAsync([], T0.AddMinutes(2), targets);
        Assert.Equal(1, await dispatcher.DispatchAsync(default));

        var received = receiver.Received.ToList();
        Assert.Equal(2, received.Count);
        foreach (var (signature, contentType, body) in received)
        {
            Assert.Equal("application/json; charset=utf-8", contentType);
            Assert.Equal("sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), body)), signature);
        }
        var messages = received.Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        Assert.Equal(["fired", "resolved"], messages.Select(m => m.GetProperty("transition").GetString()));
        Assert.All(messages, m => Assert.Equal("bot-response:la:lead-bot", m.GetProperty("key").GetString()));
        Assert.Equal("2026-06-17T17:02:00Z", messages[1].GetProperty("resolved_at").GetString());
        Assert.Empty(await deliveries.FailuresAsync(10));
    }

    [Fact]
    public async Task Webhook_FailingTwiceThenAccepting_IsRetried_AndDeliveredOnTheThirdAttempt()
    {
        using var receiver = new WebhookReceiver(n => n <= 2 ? 500 : 200);
        var (store, deliveries, dispatcher, targets) = Build(Webhook(receiver.Url));

        var fired = Assert.Single((await store.RecordAsync([SlowBot], T0, targets))!);
        Assert.Equal(1, await dispatcher.DispatchAsync(default));

        var ids = receiver.Received.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("delivery_id").GetInt64()).ToList();
        Assert.Equal(3, ids.Count);
        Assert.Single(ids.Distinct());
        var delivery = Assert.Single(await deliveries.OfAlertAsync(fired.Alert.AlertId));
        Assert.Equal(3, delivery.Attempts);
        Assert.NotNull(delivery.DeliveredAt);
        Assert.Null(delivery.FailedAt);
        Assert.Contains("answered 500", delivery.LastError);
        Assert.Equal(delivery.DeliveryId, Assert.Single(await deliveries.FailuresAsync(10)).DeliveryId);
    }

    [Fact]
    public async Task Webhook_NeverAccepting_IsGivenUpAfterMaxAttempts_AndListedAsFailed()
    {
        using var receiver = new WebhookReceiver(_ => 503);
        var (store, deliveries, dispatcher, targets) = Build(Webhook(receiver.Url, maxAttempts: 3));

        await store.RecordAsync([SlowBot], T0, targets);
        Assert.Equal(0, await dispatcher.DispatchAsync(default));
        Assert.Equal(0, await dispatcher.DispatchAsync(default));   // given up: not claimed again

        Assert.Equal(3, receiver.Received.Count);
        var failure = Assert.Single(await deliveries.FailuresAsync(10));
        Assert.Equal(3, failure.Attempts);
        Assert.NotNull(failure.FailedAt);
        Assert.Null(failure.DeliveredAt);
        Assert.Contains("answered 503", failure.LastError);
    }

    [Fact]
    public async Task Email_FiredAndResolved_ArriveAtTheSmtpServer_WithSubjectAndBody()
    {
        using var smtp = new SmtpReceiver();
        var (store, deliveries, dispatcher, targets) = Build(new AlertChannelOptions
        {
            Email = { Host = "127.0.0.1", Port = smtp.Port, Security = "None", From = "JorgeBi <alerts@jorgebi.test>", To = ["ops@jorgebi.test", "owner@jorgebi.test"] },
        });

        await store.RecordAsync([SlowBot], T0, targets);
        Assert.Equal(1, await dispatcher.DispatchAsync(default));
        await store.RecordAsync([], T0.AddMinutes(5), targets);
        Assert.Equal(1, await dispatcher.DispatchAsync(default));

        var fired = await smtp.NextAsync();
        Assert.Equal("[FIRING] lead-bot at Los Angeles responds slower than its target", fired.Subject);
        Assert.Equal(["ops@jorgebi.test", "owner@jorgebi.test"], fired.To.Mailboxes.Select(m => m.Address));
        Assert.Equal("alerts@jorgebi.test", fired.From.Mailboxes.Single().Address);
        Assert.StartsWith(SlowBot.Message, fired.TextBody);
        Assert.Contains("Still firing.", fired.TextBody);
        var resolved = await smtp.NextAsync();
        Assert.Equal("[RESOLVED] lead-bot at Los Angeles responds slower than its target", resolved.Subject);
        Assert.Contains("Resolved at: 2026-06-17 17:05 UTC", resolved.TextBody);
        Assert.False(smtp.HasMore);
        Assert.Empty(await deliveries.FailuresAsync(10));
    }

    [Fact]
    public async Task Email_NoServerListening_RecordsTheConnectionError()
    {
        var (store, deliveries, dispatcher, targets) = Build(new AlertChannelOptions
        {
            Email = { Host = "127.0.0.1", Port = AppProcess.FreePort(), Security = "None", To = ["ops@jorgebi.test"] },
            Delivery = { MaxAttempts = 2 },
        });

        await store.RecordAsync([SlowBot], T0, targets);
        Assert.Equal(0, await dispatcher.DispatchAsync(default));

        var failure = Assert.Single(await deliveries.FailuresAsync(10));
        Assert.Equal((DeliveryTarget.Email, 2), (failure.Channel, failure.Attempts));
        Assert.NotNull(failure.FailedAt);
        Assert.False(string.IsNullOrWhiteSpace(failure.LastError));
    }
}
