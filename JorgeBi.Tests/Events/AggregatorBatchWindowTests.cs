using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Dapper;
using JorgeBi.Data.Access;

namespace JorgeBi.Tests.Events;

/// <summary>
/// The elected aggregator under a stream of events (Aggregator:BatchWindow): an event after a
/// quiet spell is applied at once, and one arriving soon after a micro-batch waits for the
/// window from that batch's start, to be applied with whatever else arrives meanwhile.
/// </summary>
public sealed class AggregatorBatchWindowTests(AggregatorBatchWindowTests.App app) : IClassFixture<AggregatorBatchWindowTests.App>
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    public sealed class App : ApiFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings =>
            new Dictionary<string, string?> { ["Aggregator:BatchWindow"] = Window.ToString() };
    }

    [Fact]
    public async Task EventSoonAfterABatch_WaitsForTheWindow_TheFirstDoesNot()
    {
        var writer = await app.ClientWithScopesAsync(ApiKeyScopes.EventsWrite);
        var clock = Stopwatch.StartNew();
        var first = await PostAsync(writer);
        await AppliedAsync(first);
        var firstApplied = clock.Elapsed;

        var second = await PostAsync(writer);
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        var appliedSoon = await AppliedSeqAsync() >= second;
        await AppliedAsync(second);

        Assert.True(firstApplied < Window, $"the first event took {firstApplied.TotalMilliseconds:N0} ms");
        Assert.False(appliedSoon);
        // The window runs from the first batch's start, which may precede the clock by the
        // moment between a step's start and its reading of the log.
        Assert.True(clock.Elapsed >= Window - TimeSpan.FromMilliseconds(500), $"the second event was applied after {clock.Elapsed.TotalMilliseconds:N0} ms");
    }

    private static async Task<long> PostAsync(HttpClient writer)
    {
        var lead = new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(), ["type"] = "lead.created", ["occurredAt"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            ["locationId"] = "window", ["leadId"] = $"lead-{Guid.NewGuid():N}", ["data"] = new JsonObject { ["source"] = "zillow", ["leadType"] = "buyer" },
        };
        var posted = await writer.PostAsync("/api/events", new StringContent(lead.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        return await ReadYourWrites.SeqAsync(posted);
    }

    private async Task AppliedAsync(long seq)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (await AppliedSeqAsync() < seq)
        {
            Assert.True(DateTime.UtcNow < deadline, $"seq {seq} was not applied within 30 s");
            await Task.Delay(10);
        }
    }

    private async Task<long> AppliedSeqAsync()
    {
        await using var conn = await app.Database.DataSource.OpenConnectionAsync();
        return await conn.ExecuteScalarAsync<long>("select applied_seq from log_state");
    }
}
