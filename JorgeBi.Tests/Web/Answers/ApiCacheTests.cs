using JorgeBi.Web.Answers;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Tests.Web.Answers;

/// <summary>
/// An event lands while an answer is being computed: the computation may have read the numbers
/// without it, so a read after the event must compute again rather than share or keep that answer.
/// </summary>
public sealed class ApiCacheTests : IDisposable
{
    private const string Location = "east";
    private readonly ServiceProvider _services = new ServiceCollection().AddHybridCache().Services.BuildServiceProvider();
    private readonly HybridCache _hybrid;
    private readonly ApiCache _cache;

    public ApiCacheTests()
    {
        _hybrid = _services.GetRequiredService<HybridCache>();
        _cache = new ApiCache(_hybrid);
    }

    [Fact]
    public async Task ReadAfterAnInvalidation_DoesNotJoinTheComputationThatBeganBefore()
    {
        var before = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var inFlight = ReadAsync(Location, _ => before.Task);

        await _cache.InvalidateLocationAsync(Location);
        // Joined, it would wait for the computation that began before, released only below.
        var after = await ReadAsync(Location, _ => Task.FromResult("with the event")).WaitAsync(TimeSpan.FromSeconds(10));
        before.SetResult("without the event");

        Assert.Equal(("with the event", false), after);
        Assert.Equal(("without the event", false), await inFlight);
    }

    [Fact]
    public async Task AnswerComputedBeforeAnInvalidation_StoredAfterIt_IsNotServed()
    {
        var before = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var inFlight = ReadAsync(Location, _ => before.Task);
        await _cache.InvalidateLocationAsync(Location);
        before.SetResult("without the event");
        await inFlight;

        var computed = 0;
        var first = await ReadAsync(Location, _ => Task.FromResult($"with the event {++computed}"));
        var second = await ReadAsync(Location, _ => Task.FromResult($"with the event {++computed}"));

        Assert.Equal(("with the event 1", false), first);
        Assert.Equal(("with the event 1", true), second);
    }

    [Fact]
    public async Task InvalidatingOneLocation_DropsItsAnswersAndAllLocationsTogether_NotAnotherLocations()
    {
        await ReadAsync(Location, _ => Task.FromResult("east"));
        await ReadAsync("west", _ => Task.FromResult("west"));
        await ReadAsync(CompanyLocations.All, _ => Task.FromResult("all"));

        await _cache.InvalidateLocationAsync(Location);

        Assert.Equal(("east again", false), await ReadAsync(Location, _ => Task.FromResult("east again")));
        Assert.Equal(("west", true), await ReadAsync("west", _ => Task.FromResult("west again")));
        Assert.Equal(("all again", false), await ReadAsync(CompanyLocations.All, _ => Task.FromResult("all again")));
        Assert.Equal(3, _cache.Entries);
    }

    // Kept until they expire, the answers of older generations would pile up under a steady
    // stream of events: one dead copy of every key read, per event.
    [Fact]
    public async Task Invalidation_RemovesTheOlderAnswers_AndOneThatEndsAfterIt()
    {
        await ReadAsync(Location, _ => Task.FromResult("east"));
        var before = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var inFlight = ReadAsync(CompanyLocations.All, _ => before.Task);
        Assert.True(await StoredAsync($"kpis|{Location}|0|30d"));

        await _cache.InvalidateLocationAsync(Location);
        before.SetResult("all, without the event");
        await inFlight;

        Assert.False(await StoredAsync($"kpis|{Location}|0|30d"));
        Assert.False(await StoredAsync($"kpis|{CompanyLocations.All}|0|30d"));
        Assert.Equal(0, _cache.Entries);
    }

    private async Task<(string Value, bool Hit)> ReadAsync(string location, Func<CancellationToken, Task<string>> compute)
    {
        var (answer, hit) = await _cache.GetOrCreateAsync("kpis", location, "30d", compute, false, CancellationToken.None);
        return (answer.Value, hit);
    }

    // Looks a key up without storing anything under it.
    private async Task<bool> StoredAsync(string key)
    {
        var found = true;
        await _hybrid.GetOrCreateAsync(key, _ =>
        {
            found = false;
            return ValueTask.FromResult(new CachedAnswer<string>("probe"));
        }, new HybridCacheEntryOptions { Flags = HybridCacheEntryFlags.DisableLocalCacheWrite | HybridCacheEntryFlags.DisableDistributedCacheWrite });
        return found;
    }

    public void Dispose() => _services.Dispose();
}
