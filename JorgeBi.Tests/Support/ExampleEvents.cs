using System.Text.Json;
using JorgeBi.Core.Events;

namespace JorgeBi.Tests.Support;

/// <summary>The events of shared/examples/events.json, validated like any sender's batch.</summary>
public static class ExampleEvents
{
    public static IReadOnlyList<BiEvent> Load()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "events.json")));
        var result = EventValidator.ValidateBatch(doc.RootElement);
        if (!result.IsValid) throw new InvalidOperationException(string.Join("; ", result.Errors.ToDictionary().Select(e => $"{e.Key}: {string.Join(",", e.Value)}")));
        return result.Events;
    }
}
