using System.Text.Json.Nodes;
using JorgeBi.Core.Demo;
using JorgeBi.Core.Events;

namespace JorgeBi.Tests.Core.Demo;

public class LiveEventSimulatorTests
{
    [Fact]
    public void Next_ManyEvents_EveryKindIncludingClosedDeals_AllValidAsABatch()
    {
        var simulator = new LiveEventSimulator("default", seed: 7);
        var now = new DateTimeOffset(2026, 11, 25, 18, 0, 0, TimeSpan.Zero);

        var events = Enumerable.Range(0, 5).SelectMany(i => simulator.Next(now.AddMinutes(i), 1000)).ToList();

        Assert.Contains(events, e => e.Data is DealClosed);
        foreach (var batch in events.Chunk(1000))
        {
            var json = new JsonArray([.. batch.Select(e => (JsonNode)EventJson.ToJsonObject(e))]);
            using var doc = System.Text.Json.JsonDocument.Parse(json.ToJsonString());
            Assert.True(EventValidator.ValidateBatch(doc.RootElement).IsValid);
        }
    }
}
