using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace JorgeBi.Core.Events;

/// <summary>
/// Applies every rule of DOMAIN.md to raw JSON. Errors name the field by its JSON path
/// (<c>[3].data.salePrice</c> inside a batch) and the rule it broke, so a sender can fix
/// its payload without reading our code.
/// </summary>
public static partial class EventValidator
{
    public const int MaxBatchSize = 1000;
    public const int MaxTextLength = 200;

    /// <summary>A location's id; "all" is reserved for every location at once (the company view).</summary>
    [GeneratedRegex("^(?!all$)[a-z0-9][a-z0-9-]{0,49}$")]
    public static partial Regex LocationIdPattern();

    public const string LocationIdRule = "Must match ^[a-z0-9][a-z0-9-]{0,49}$ and not be 'all' (every location).";

    [GeneratedRegex("^[0-9]{4}-(0[1-9]|1[0-2])$")]
    private static partial Regex MonthPattern();

    /// <summary>Validates one event object or an array of up to <see cref="MaxBatchSize"/>.</summary>
    public static EventBatchResult ValidateBatch(JsonElement root)
    {
        var errors = new ValidationErrors();
        var events = new List<BiEvent>();
        if (root.ValueKind == JsonValueKind.Object)
        {
            Add(events, Validate(root, "", errors));
        }
        else if (root.ValueKind == JsonValueKind.Array)
        {
            var count = root.GetArrayLength();
            if (count == 0) errors.Add("$", "The batch is empty.");
            if (count > MaxBatchSize) errors.Add("$", $"A batch holds at most {MaxBatchSize} events; this one has {count}.");
            if (errors.IsEmpty)
            {
                var i = 0;
                foreach (var item in root.EnumerateArray()) Add(events, Validate(item, $"[{i++}].", errors));
            }
        }
        else
        {
            errors.Add("$", "Expected an event object or an array of events.");
        }
        return new EventBatchResult(errors.IsEmpty ? events : [], errors);
    }

    private static void Add(List<BiEvent> events, BiEvent? e)
    {
        if (e is not null) events.Add(e);
    }

    /// <summary>Validates one event; returns null and records errors when it breaks a rule.</summary>
    public static BiEvent? Validate(JsonElement e, string prefix, ValidationErrors errors)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            errors.Add(prefix.TrimEnd('.') is { Length: > 0 } p ? p : "$", "Expected an event object.");
            return null;
        }
        var before = errors.Count;
        var r = new FieldReader(e, prefix, errors);
        var id = r.Guid("id");
        var type = r.Text("type");
        var occurredAt = r.Instant("occurredAt");
        var locationId = r.Text("locationId");
        if (locationId is not null && !LocationIdPattern().IsMatch(locationId))
        {
            r.Fail("locationId", LocationIdRule);
        }
        var leadId = type == EventTypes.MarketingSpend ? r.OptionalText("leadId") : r.Text("leadId");
        EventData? data = null;
        if (type is not null && !EventTypes.All.Contains(type))
        {
            r.Fail("type", $"Unknown event type; expected one of: {string.Join(", ", EventTypes.All)}.");
        }
        else if (type is not null)
        {
            data = r.Object("data") is { } d ? EventDataReader.Read(type, new FieldReader(d, prefix + "data.", errors)) : null;
        }
        return errors.Count == before && id is { } g && occurredAt is { } at && locationId is not null && data is not null
            ? new BiEvent(g, at, locationId, leadId, data)
            : null;
    }

    internal static bool IsMonth(string s) =>
        MonthPattern().IsMatch(s) && DateOnly.TryParseExact(s + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
