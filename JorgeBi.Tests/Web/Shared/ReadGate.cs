namespace JorgeBi.Tests.Web.Shared;

/// <summary>
/// A read that answers only when the test opens the gate, as a database answers later than
/// at once, and counts how often it was asked. A failing gate throws, as a lost database does.
/// </summary>
public sealed class ReadGate
{
    private volatile TaskCompletionSource _gate = NewGate();
    private int _reads;
    private volatile Exception? _failure;
    private readonly SemaphoreSlim _asked = new(0);

    public int Reads => Volatile.Read(ref _reads);

    public void Open() => _gate.TrySetResult();

    public void Close() => _gate = NewGate();

    /// <summary>Every read from now on throws <paramref name="failure"/>.</summary>
    public void Fail(Exception failure) => _failure = failure;

    /// <summary>Until <paramref name="reads"/> reads were asked for: a read waiting at the gate renders nothing a render wait could see.</summary>
    public async Task WaitForReadsAsync(int reads, TimeSpan timeout)
    {
        while (Reads < reads)
        {
            if (!await _asked.WaitAsync(timeout)) throw new TimeoutException($"{Reads} reads were asked for, not {reads}.");
        }
    }

    public async Task<T> PassAsync<T>(T answer, CancellationToken ct)
    {
        Interlocked.Increment(ref _reads);
        _asked.Release();
        await _gate.Task.WaitAsync(ct);
        return _failure is { } failure ? throw failure : answer;
    }

    private static TaskCompletionSource NewGate() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
