using JorgeBi.Core.Live;
using Microsoft.Extensions.Time.Testing;

namespace JorgeBi.Tests.Live;

/// <summary>
/// Coalescing on a fake clock: the window closes only when the test advances it, so what
/// counts as one burst does not depend on how busy the machine is.
/// </summary>
public sealed class LiveUpdatesTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public async Task Publish_BurstOfHundredChanges_DeliveredOnceWithWholeRange()
    {
        var updates = new LiveUpdates(_clock);
        var delivered = new List<LiveChange>();
        var done = new TaskCompletionSource();
        using var _ = updates.Subscribe("default", c => { lock (delivered) delivered.Add(c); done.TrySetResult(); return Task.CompletedTask; });

        for (var i = 0; i < 100; i++) updates.Publish(new LiveChange("default", [i % 2 == 0 ? "lead.created" : "bot.interaction"], i, i + 1));
        _clock.Advance(LiveUpdates.Window);
        await done.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var change = Assert.Single(delivered);
        Assert.Equal(0, change.AfterSeq);
        Assert.Equal(100, change.MaxSeq);
        Assert.Equal(["bot.interaction", "lead.created"], change.Kinds.Order());
    }

    [Fact]
    public async Task Publish_ChangesInTwoWindows_DeliveredTwice()
    {
        var updates = new LiveUpdates(_clock);
        var delivered = new List<LiveChange>();
        var second = new TaskCompletionSource();
        using var _ = updates.Subscribe("default", c => { lock (delivered) { delivered.Add(c); if (delivered.Count == 2) second.TrySetResult(); } return Task.CompletedTask; });

        updates.Publish(new LiveChange("default", ["lead.created"], 0, 1));
        _clock.Advance(LiveUpdates.Window);
        await WaitForAsync(() => { lock (delivered) return delivered.Count == 1; });
        updates.Publish(new LiveChange("default", ["deal.closed"], 1, 2));
        _clock.Advance(LiveUpdates.Window);
        await second.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal([1L, 2L], delivered.Select(c => c.MaxSeq));
    }

    [Fact]
    public async Task Publish_TwoLocations_EachSubscriberGetsOnlyItsOwn_AndAllSeesBoth()
    {
        var updates = new LiveUpdates(_clock);
        var a = new List<string>();
        var all = new List<string>();
        var allDone = new TaskCompletionSource();
        using var sa = updates.Subscribe("a", c => { lock (a) a.Add(c.LocationId); return Task.CompletedTask; });
        using var sAll = updates.Subscribe(LiveUpdates.AllLocations, c => { lock (all) { all.Add(c.LocationId); if (all.Count == 2) allDone.TrySetResult(); } return Task.CompletedTask; });

        updates.Publish(new LiveChange("a", ["lead.created"], 0, 1));
        updates.Publish(new LiveChange("b", ["lead.created"], 1, 2));
        _clock.Advance(LiveUpdates.Window);
        await allDone.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await WaitForAsync(() => { lock (a) return a.Count > 0; });

        Assert.Equal(["a"], a);
        Assert.Equal(["a", "b"], all.Order());
    }

    [Fact]
    public async Task Subscription_Disposed_ReceivesNothing()
    {
        var updates = new LiveUpdates(_clock);
        var received = 0;
        var witness = new TaskCompletionSource();
        var subscription = updates.Subscribe("default", _ => { Interlocked.Increment(ref received); return Task.CompletedTask; });
        using var _ = updates.Subscribe("default", _ => { witness.TrySetResult(); return Task.CompletedTask; });
        subscription.Dispose();

        updates.Publish(new LiveChange("default", ["lead.created"], 0, 1));
        _clock.Advance(LiveUpdates.Window);
        await witness.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, received);
        Assert.Equal(1, updates.SubscriberCount);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition()) await Task.Delay(5, timeout.Token);
    }
}
