using JorgeBi.Core.Live;
using Microsoft.Extensions.Time.Testing;

namespace JorgeBi.Tests.Live;

/// <summary>
/// Coalescing on a fake clock: a window closes only when the test advances it, so what
/// counts as one burst does not depend on how busy the machine is.
/// </summary>
public sealed class LiveUpdatesTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public async Task Publish_AfterAQuietSpell_DeliveredWithoutWaitingForTheWindow()
    {
        var updates = new LiveUpdates(_clock);
        var delivered = new TaskCompletionSource<LiveChange>();
        using var _ = updates.Subscribe("default", c => { delivered.TrySetResult(c); return Task.CompletedTask; });

        updates.Publish(new LiveChange("default", ["lead.created"], 0, 1));

        var change = await delivered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(1, change.MaxSeq);
    }

    [Fact]
    public async Task Publish_BurstOfHundredChanges_FirstAtOnce_TheRestOnceTheWindowCloses_WholeRange()
    {
        var updates = new LiveUpdates(_clock);
        var delivered = new List<LiveChange>();
        var done = new TaskCompletionSource();
        using var _ = updates.Subscribe("default", c =>
        {
            lock (delivered) { delivered.Add(c); if (c.MaxSeq == 100) done.TrySetResult(); }
            return Task.CompletedTask;
        });

        for (var i = 0; i < 100; i++) updates.Publish(new LiveChange("default", [i % 2 == 0 ? "lead.created" : "bot.interaction"], i, i + 1));
        await WaitForAsync(() => { lock (delivered) return delivered.Count > 0; });
        _clock.Advance(LiveUpdates.Window);
        await done.Task.WaitAsync(TimeSpan.FromSeconds(30));

        // At most two deliveries, the second taking up where the first ended.
        Assert.InRange(delivered.Count, 1, 2);
        Assert.Equal(0, delivered[0].AfterSeq);
        if (delivered.Count == 2) Assert.Equal(delivered[0].MaxSeq, delivered[1].AfterSeq);
        Assert.Equal(["bot.interaction", "lead.created"], delivered.SelectMany(c => c.Kinds).Distinct().Order());
    }

    [Fact]
    public async Task Publish_WithinTheWindowOfADelivery_WaitsForTheWindowToClose()
    {
        var updates = new LiveUpdates(_clock);
        var delivered = new List<LiveChange>();
        using var _ = updates.Subscribe("default", c => { lock (delivered) delivered.Add(c); return Task.CompletedTask; });
        updates.Publish(new LiveChange("default", ["lead.created"], 0, 1));
        await WaitForAsync(() => { lock (delivered) return delivered.Count == 1; });

        updates.Publish(new LiveChange("default", ["deal.closed"], 1, 2));
        updates.Publish(new LiveChange("default", ["deal.lost"], 2, 3));
        _clock.Advance(LiveUpdates.Window / 2);
        Assert.Single(delivered);
        _clock.Advance(LiveUpdates.Window / 2);
        await WaitForAsync(() => { lock (delivered) return delivered.Count == 2; });

        Assert.Equal(1, delivered[1].AfterSeq);
        Assert.Equal(3, delivered[1].MaxSeq);
        Assert.Equal(["deal.closed", "deal.lost"], delivered[1].Kinds.Order());
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
