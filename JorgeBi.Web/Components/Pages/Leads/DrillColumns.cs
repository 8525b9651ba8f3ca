using System.Globalization;
using JorgeBi.Core.Kpis;
using JorgeBi.Core.Leads;
using JorgeBi.Web.Components.Shared;

namespace JorgeBi.Web.Components.Pages.Leads;

/// <summary>
/// One column of the drill-down table: <see cref="Key"/> is the row's JSON name, used in test
/// ids; <see cref="Value"/> reads a row with its location (times are shown in that location's
/// zone); <see cref="CssClass"/> marks a column shown only from a viewport width up (app.css).
/// </summary>
public sealed record DrillColumn(string Key, string Header, Func<object, LocationInfo, string> Value, bool IsLeadId = false, string? CssClass = null);

/// <summary>The columns of each component's rows (<see cref="LeadRow"/>, <see cref="ConversationRow"/>, <see cref="DealRow"/>).</summary>
public static class DrillColumns
{
    /// <param name="company">
    /// Rows of several locations: the location follows the lead, on every screen, and takes the
    /// agent's place on a portrait tablet (the agent stays in the row's timeline and the CSV).
    /// </param>
    public static IReadOnlyList<DrillColumn> For(string component, bool company = false)
    {
        var columns = component switch
        {
            LeadsComponents.Bots => Conversations,
            LeadsComponents.Revenue or LeadsComponents.Conversion => Deals,
            _ => Leads,
        };
        if (!company) return columns;
        var rest = columns.Skip(1).Select(c => c.Key == AgentKey && c.CssClass is null ? c with { CssClass = Landscape } : c);
        return [columns[0], Location, .. rest];
    }

    private const string AgentKey = "agent_id";

    private static readonly DrillColumn Location = new("location_id", "Location", (_, l) => l.Name);

    /// <summary>A UTC time as the location's local date and time.</summary>
    public static string Local(DateTime? utc, LocationInfo location) => utc is not { } t ? "–" :
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(t, DateTimeKind.Utc), location.Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Text(string? s) => s ?? "–";

    // Tablets keep the columns a drill-down is opened for; the rest are in the row's timeline and the CSV.
    private const string Landscape = "col-from-900";
    private const string Desktop = "col-from-1200";

    private static readonly IReadOnlyList<DrillColumn> Leads =
    [
        new("lead_id", "Lead", (r, _) => ((LeadRow)r).LeadId, IsLeadId: true),
        new("created_at", "Created", (r, z) => Local(((LeadRow)r).CreatedAt, z)),
        new("source", "Source", (r, _) => Text(((LeadRow)r).Source)),
        new("lead_type", "Type", (r, _) => Text(((LeadRow)r).LeadType), CssClass: Landscape),
        new("temperature", "Temperature", (r, _) => Text(((LeadRow)r).Temperature)),
        new(AgentKey, "Agent", (r, _) => Text(((LeadRow)r).AgentId)),
        new("first_bot_id", "First bot", (r, _) => Text(((LeadRow)r).FirstBotId), CssClass: Landscape),
        new("speed_to_lead_s", "Speed to lead", (r, _) => ((LeadRow)r).SpeedToLeadS is { } s ? Formats.Seconds(s) : "–"),
    ];

    private static readonly IReadOnlyList<DrillColumn> Conversations =
    [
        new("lead_id", "Lead", (r, _) => ((ConversationRow)r).LeadId, IsLeadId: true),
        new("conversation_id", "Conversation", (r, _) => ((ConversationRow)r).ConversationId, CssClass: Landscape),
        new("bot_id", "Bot", (r, _) => ((ConversationRow)r).BotId),
        new("interactions", "Interactions", (r, _) => ((ConversationRow)r).Interactions.ToString("N0", CultureInfo.InvariantCulture)),
        new("successes", "Successes", (r, _) => ((ConversationRow)r).Successes.ToString("N0", CultureInfo.InvariantCulture)),
        new("first_at", "First", (r, z) => Local(((ConversationRow)r).FirstAt, z), CssClass: Landscape),
        new("last_at", "Last", (r, z) => Local(((ConversationRow)r).LastAt, z)),
        new("avg_response_ms", "Avg response", (r, _) => Formats.Milliseconds(((ConversationRow)r).AvgResponseMs)),
    ];

    private static readonly IReadOnlyList<DrillColumn> Deals =
    [
        new("lead_id", "Lead", (r, _) => ((DealRow)r).LeadId, IsLeadId: true),
        new("deal_id", "Deal", (r, _) => ((DealRow)r).DealId, CssClass: Landscape),
        new("stage", "Stage", (r, _) => Text(((DealRow)r).Stage)),
        new("source", "Source", (r, _) => Text(((DealRow)r).Source), CssClass: Desktop),
        new(AgentKey, "Agent", (r, _) => Text(((DealRow)r).AgentId)),
        new("property_value", "Property value", (r, _) => ((DealRow)r).PropertyValue is { } v ? Formats.Money(v) : "–", CssClass: Landscape),
        new("sale_price", "Sale price", (r, _) => ((DealRow)r).SalePrice is { } v ? Formats.Money(v) : "–"),
        new("commission", "Commission", (r, _) => ((DealRow)r).Commission is { } v ? Formats.Money(v) : "–"),
        new("closed_at", "Closed", (r, z) => Local(((DealRow)r).ClosedAt, z)),
    ];
}
