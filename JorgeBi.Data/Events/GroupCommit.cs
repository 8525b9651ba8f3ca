using System.Threading.Channels;
using JorgeBi.Core.Events;
using Microsoft.Extensions.Logging;

namespace JorgeBi.Data.Events;

/// <summary>
/// Group commit for concurrent senders: requests queue here, and each writer takes every
/// request waiting (up to <see cref="MaxGroupEvents"/> events) and appends them in one
/// statement and one commit. Requests that arrive while a commit is in flight share the
/// next one, so under load the database does one durable write per group, not per request,
/// and a single event costs a share of a round trip. Every caller gets its own result once
/// its group's commit is durable, or the group's error.
/// </summary>
public sealed class GroupCommit : IAsyncDisposable
{
    private const int MaxGroupEvents = 5_000;

    // Two writers overlap one group's commit (waiting for the WAL flush) with building the next.
    private const int Writers = 2;

    private readonly EventStore _store;
    private readonly ILogger<GroupCommit> _logger;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new() { SingleReader = false });
    private readonly Task[] _writers;

    public GroupCommit(EventStore store, ILogger<GroupCommit> logger)
    {
        _store = store;
        _logger = logger;
        _writers = Enumerable.Range(0, Writers).Select(_ => Task.Run(WriteAsync)).ToArray();
    }

    /// <summary>Raised after every durable commit that appended something (the aggregator listens).</summary>
    public event Action? Appended;

    /// <summary>Appends one request's events; completes when they are durable in the log.</summary>
    public Task<AppendResult> AppendAsync(IReadOnlyCollection<BiEvent> events, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        if (events.Count == 0) return Task.FromResult(new AppendResult(0, 0, null, []));
        var pending = new Pending(events, new TaskCompletionSource<AppendResult>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending)) throw new ObjectDisposedException(nameof(GroupCommit));
        // A caller that stops waiting does not take its events out of the group: they are
        // stored or not as a whole, and a retry with the same ids is a duplicate.
        return pending.Result.Task.WaitAsync(ct);
    }

    private async Task WriteAsync()
    {
        var group = new List<Pending>();
        while (await _queue.Reader.WaitToReadAsync())
        {
            var events = 0;
            while (events < MaxGroupEvents && _queue.Reader.TryRead(out var next))
            {
                group.Add(next);
                events += next.Events.Count;
            }
            if (group.Count == 0) continue;
            try
            {
                var results = await _store.AppendAsync(group.Select(p => p.Events).ToList());
                for (var i = 0; i < group.Count; i++) group[i].Result.TrySetResult(results[i]);
                Telemetry.JorgeBiMeter.EventsAccepted.Add(results.Sum(r => r.Accepted));
                if (results.Any(r => r.Accepted > 0)) Appended?.Invoke();
            }
            catch (Exception e)
            {
                _logger.LogWarning("A group of {Requests} requests ({Events} events) was not appended: {Error}", group.Count, events, e.Message);
                foreach (var p in group) p.Result.TrySetException(e);
            }
            group.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await Task.WhenAll(_writers);
    }

    private sealed record Pending(IReadOnlyCollection<BiEvent> Events, TaskCompletionSource<AppendResult> Result);
}
