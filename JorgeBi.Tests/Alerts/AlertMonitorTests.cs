using System.Text.Json;
using JorgeBi.Data.Alerts;
using JorgeBi.Web.Alerts;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Tests.Alerts;

/// <summary>Rounds of the app's own monitor over real events, sending to a real webhook receiver.</summary>
public sealed class AlertMonitorTests(AlertMonitorTests.Factory app) : IClassFixture<AlertMonitorTests.Factory>
{
    public sealed class Factory : ApiFactory
    {
        public WebhookReceiver Receiver { get; } = new();

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Alerts:Webhooks:0:Url"] = Receiver.Url,
            ["Alerts:Webhooks:0:Secret"] = "monitor-test",
        };

        protected override async Task DisposeDatabasesAsync()
        {
            Receiver.Dispose();
            await base.DisposeDatabasesAsync();
        }
    }

    [Fact]
    public async Task BotProvenBelowTarget_FiresOnceOverTwoRounds_AndResolvesOnceItRecovers_EachSentOnce()
    {
        var f = new FixtureEvents("alert-mon");
        var twoHoursAgo = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles")).DateTime.AddHours(-2);
        f.Interactions(twoHoursAgo, count: 100, successes: 80, bot: "jorge-buyer");   // interval below the 94 % target
        await f.IngestAsync(app.Database.DataSource);
        var monitor = app.Services.GetRequiredService<AlertMonitor>();
        const string key = "bot-success:alert-mon:jorge-buyer";

        var first = await monitor.EvaluateAsync(default);
        var second = await monitor.EvaluateAsync(default);
        var recovered = new FixtureEvents("alert-mon");
        recovered.Interactions(twoHoursAgo, count: 1000, successes: 1000, bot: "jorge-buyer");
        await recovered.IngestAsync(app.Database.DataSource);
        var third = await monitor.EvaluateAsync(default);

        Assert.Equal(AlertTransition.Fired, Assert.Single(first!, t => t.Alert.AlertKey == key).Transition);
        Assert.DoesNotContain(second!, t => t.Alert.AlertKey == key);
        Assert.Equal(AlertTransition.Resolved, Assert.Single(third!, t => t.Alert.AlertKey == key).Transition);
        var sent = app.Receiver.Received
            .Select(r => JsonDocument.Parse(r.Body).RootElement)
            .Where(m => m.GetProperty("key").GetString() == key)
            .Select(m => m.GetProperty("transition").GetString());
        Assert.Equal(["fired", "resolved"], sent);
    }
}
