using System.Diagnostics;
using JorgeBi.Core.Events;
using JorgeBi.Data.Aggregation;
using JorgeBi.Data.Events;
using Microsoft.Extensions.Options;
using Npgsql;

namespace JorgeBi.Tests.Support;

/// <summary>
/// Stores events as production does (appended to the event log) and has the aggregator
/// apply them before returning, so a test reads its numbers right after storing them.
/// </summary>
/// <param name="aggregation">The aggregator's settings; a low bulk threshold makes small loads take the set-based path.</param>
public sealed class AppliedEventStore(NpgsqlDataSource db, int bulkChunkSize = EventStore.BulkChunkSize, AggregatorOptions? aggregation = null)
{
    private readonly EventStore _log = new(db, bulkChunkSize);
    private readonly LogAggregator _aggregator = new(db, Options.Create(aggregation ?? new AggregatorOptions()));

    public async Task<AppendResult> IngestAsync(IReadOnlyCollection<BiEvent> events)
    {
        var result = await _log.AppendAsync(events);
        await _aggregator.CatchUpAsync();
        return result;
    }

    public async Task<BulkLoadResult> BulkLoadAsync(IEnumerable<BiEvent> events)
    {
        var started = Stopwatch.GetTimestamp();
        var (accepted, duplicates) = await _log.BulkAppendAsync(events);
        var appending = Stopwatch.GetElapsedTime(started);
        await _aggregator.CatchUpAsync(setBased: true);
        return new BulkLoadResult(accepted, duplicates, appending, Stopwatch.GetElapsedTime(started) - appending);
    }

    public Task<long> RebuildRollupsAsync(string locationId) => _log.RebuildRollupsAsync(locationId);
}
