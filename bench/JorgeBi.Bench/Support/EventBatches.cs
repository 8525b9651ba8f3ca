using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using JorgeBi.Core.Demo;
using JorgeBi.Core.Events;

namespace JorgeBi.Bench.Support;

/// <summary>
/// Valid, realistic events happening now (the live simulator of the demo data: leads,
/// conversations, scores, deals), each with a new id, as POST /api/events bodies.
/// </summary>
public sealed class EventBatches(string locationId = "default", int seed = 7)
{
    private readonly LiveEventSimulator _simulator = new(locationId, seed);
    private readonly Lock _lock = new();

    public HttpRequestMessage Post(int batchSize)
    {
        IReadOnlyList<BiEvent> events;
        lock (_lock) events = _simulator.Next(DateTimeOffset.UtcNow, batchSize);
        JsonNode body = batchSize == 1 ? EventJson.ToJsonObject(events[0]) : new JsonArray([.. events.Select(e => (JsonNode)EventJson.ToJsonObject(e))]);
        var content = new StringContent(body.ToJsonString(), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return new HttpRequestMessage(HttpMethod.Post, "/api/events") { Content = content };
    }
}
