namespace JorgeBi.Tests.Web.Shared;

/// <summary>
/// A read that answers only when the test opens the gate, as a database answers later than
/// at once, and counts how often it was asked.
/// </summary>
public sealed class ReadGate
{
    private volatile TaskCompletionSource _gate = NewGate();
    private int _reads;

    public int Reads => Volatile.Read(ref _reads);

    public void Open() => _gate.TrySetResult();

    public void Close() => _gate = NewGate();

    public async Task<T> PassAsync<T>(T answer, CancellationToken ct)
    {
        Interlocked.Increment(ref _reads);
        await _gate.Task.WaitAsync(ct);
        return answer;
    }

    private static TaskCompletionSource NewGate() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
