using JorgeBi.Core.Live;

namespace JorgeBi.Tests.Live;

public sealed class LiveUpdatesTests
{
    [Fact]
    public async Task Publish_BurstOfHundredChanges_DeliveredOnceWithWholeRange()
    {
        var updates = new LiveUpdates(TimeProvider.System);
        var delivered = new List<LiveChange>();
        var done = new TaskCompletionSource();
        using var _ = updates.Subscribe("default", c => { lock (delivered) delivered.Add(c); done.TrySetResult(); return Task.CompletedTask; });

        for (var i = 0; i < 100; i++) updates.Publish(new LiveChange("default", [i % 2 == 0 ? "lead.created" : "bot.interaction"], i, i + 1));
        await done.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await Task.Delay(LiveUpdates.Window * 3);

        var change = Assert.Single(delivered);
        Assert.Equal(0, change.AfterSeq);
        Assert.Equal(100, change.MaxSeq);
        Assert.Equal(["bot.interaction", "lead.created"], change.Kinds.Order());
    }

    [Fact]
    public async Task Publish_TwoLocations_EachSubscriberGetsOnlyItsOwn_AndAllSeesBoth()
    {
        var updates = new LiveUpdates(TimeProvider.System);
        var a = new TaskCompletionSource<LiveChange>();
        var all = new List<string>();
        var allDone = new TaskCompletionSource();
        using var sa = updates.Subscribe("a", c => { a.TrySetResult(c); return Task.CompletedTask; });
        using var sAll = updates.Subscribe(LiveUpdates.AllLocations, c => { lock (all) { all.Add(c.LocationId); if (all.Count == 2) allDone.TrySetResult(); } return Task.CompletedTask; });

        updates.Publish(new LiveChange("a", ["lead.created"], 0, 1));
        updates.Publish(new LiveChange("b", ["lead.created"], 1, 2));
        await allDone.Task.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal("a", (await a.Task).LocationId);
        Assert.Equal(["a", "b"], all.Order());
    }

    [Fact]
    public async Task Subscription_Disposed_ReceivesNothing()
    {
        var updates = new LiveUpdates(TimeProvider.System);
        var received = 0;
        var subscription = updates.Subscribe("default", _ => { Interlocked.Increment(ref received); return Task.CompletedTask; });
        subscription.Dispose();

        updates.Publish(new LiveChange("default", ["lead.created"], 0, 1));
        await Task.Delay(LiveUpdates.Window * 3);

        Assert.Equal(0, received);
        Assert.Equal(0, updates.SubscriberCount);
    }
}
