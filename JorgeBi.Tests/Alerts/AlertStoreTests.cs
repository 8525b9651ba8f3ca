using Dapper;
using JorgeBi.Core.Alerts;
using JorgeBi.Data.Alerts;

namespace JorgeBi.Tests.Alerts;

/// <summary>Alert state on real PostgreSQL: transitions only, a history, and one delivery per transition and target.</summary>
public sealed class AlertStoreTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    private static readonly DateTimeOffset T0 = new(2026, 6, 17, 17, 0, 0, TimeSpan.Zero);
    private static readonly DeliveryTarget[] Targets = [new(DeliveryTarget.Webhook, "http://127.0.0.1:9/hook"), new(DeliveryTarget.Email, "ops@example.com")];

    private static AlertCondition Condition(string key, string message = "80 of 100 succeeded") =>
        new(key, AlertRuleNames.BotSuccess, "la", AlertRuleNames.Critical, "lead-bot is below its success target", message);

    /// <summary>The alert set is global: each test starts with every earlier test's alerts resolved.</summary>
    private async Task<AlertStore> StoreWithNothingFiringAsync()
    {
        var store = new AlertStore(db.DataSource);
        await store.RecordAsync([], T0.AddHours(-1), []);
        return store;
    }

    [Fact]
    public async Task ConditionHoldingThreeEvaluations_FiresOnce_ThenResolvesOnce_AndHistoryListsIt()
    {
        var store = await StoreWithNothingFiringAsync();
        var key = "bot-success:la:" + Guid.NewGuid().ToString("N");

        var first = await store.RecordAsync([Condition(key)], T0, Targets);
        var second = await store.RecordAsync([Condition(key)], T0.AddMinutes(1), Targets);
        var third = await store.RecordAsync([Condition(key, "79 of 100 succeeded")], T0.AddMinutes(2), Targets);
        var ended = await store.RecordAsync([], T0.AddMinutes(3), Targets);
        var after = await store.RecordAsync([], T0.AddMinutes(4), Targets);

        var fired = Assert.Single(first!);
        Assert.Equal(AlertTransition.Fired, fired.Transition);
        Assert.Empty(second!);
        Assert.Empty(third!);
        var resolved = Assert.Single(ended!);
        Assert.Equal(AlertTransition.Resolved, resolved.Transition);
        Assert.Equal(fired.Alert.AlertId, resolved.Alert.AlertId);
        Assert.Empty(after!);

        var history = Assert.Single(await store.HistoryAsync(50), a => a.AlertKey == key);
        Assert.Equal(T0.UtcDateTime, history.FiredAt);
        Assert.Equal(T0.AddMinutes(3).UtcDateTime, history.ResolvedAt);
        Assert.Equal("79 of 100 succeeded", history.Message);   // the latest wording, without a transition
        Assert.DoesNotContain(await store.FiringAsync(), a => a.AlertKey == key);

        var deliveries = await new AlertDeliveryStore(db.DataSource).OfAlertAsync(fired.Alert.AlertId);
        Assert.Equal(
            ["fired webhook", "fired email", "resolved webhook", "resolved email"],
            deliveries.Select(d => $"{d.Transition} {d.Channel}"));
    }

    [Fact]
    public async Task ConditionReturningAfterResolving_FiresAgainAsANewEntry()
    {
        var store = await StoreWithNothingFiringAsync();
        var key = "silence:" + Guid.NewGuid().ToString("N");
        await store.RecordAsync([Condition(key)], T0, []);
        await store.RecordAsync([], T0.AddMinutes(1), []);
        var again = Assert.Single((await store.RecordAsync([Condition(key)], T0.AddMinutes(2), []))!);

        Assert.Equal(AlertTransition.Fired, again.Transition);
        Assert.Equal(2, (await store.HistoryAsync(50)).Count(a => a.AlertKey == key));
        Assert.Single(await store.FiringAsync(), a => a.AlertKey == key);
    }

    [Fact]
    public async Task TwoInstancesRecordingTheSameConditionAtOnce_FireItOnce()
    {
        await StoreWithNothingFiringAsync();
        var key = "health:" + Guid.NewGuid().ToString("N");
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            new AlertStore(db.DataSource).RecordAsync([Condition(key)], T0.AddSeconds(i), Targets)));

        Assert.Equal(1, results.Where(r => r is not null).Sum(r => r!.Count));
        await using var conn = await db.DataSource.OpenConnectionAsync();
        Assert.Equal(1, await conn.ExecuteScalarAsync<int>("select count(*) from alert where alert_key = @key", new { key }));
    }

    [Fact]
    public async Task Firing_FilteredByLocation_KeepsSystemWideAlerts()
    {
        var store = await StoreWithNothingFiringAsync();
        var tag = Guid.NewGuid().ToString("N");
        await store.RecordAsync(
        [
            Condition("bot-success:la:" + tag),
            Condition("bot-success:ny:" + tag) with { LocationId = "ny" },
            new AlertCondition("health:database:" + tag, AlertRuleNames.Health, null, AlertRuleNames.Critical, "The database is unhealthy", "unreachable"),
        ], T0, []);

        var forNy = (await store.FiringAsync(["ny"])).Where(a => a.AlertKey.EndsWith(tag, StringComparison.Ordinal)).Select(a => a.AlertKey);
        Assert.Equal(["health:database:" + tag, "bot-success:ny:" + tag], forNy.Order(StringComparer.Ordinal).Reverse());
    }
}
