namespace JorgeBi.Core.Events;

/// <summary>The event type names of DOMAIN.md, as they appear on the wire.</summary>
public static class EventTypes
{
    public const string LeadCreated = "lead.created";
    public const string LeadScored = "lead.scored";
    public const string BotInteraction = "bot.interaction";
    public const string BotHandoff = "bot.handoff";
    public const string LeadQualified = "lead.qualified";
    public const string AppointmentBooked = "appointment.booked";
    public const string DealStageChanged = "deal.stage_changed";
    public const string DealClosed = "deal.closed";
    public const string DealLost = "deal.lost";
    public const string MarketingSpend = "marketing.spend";

    public static readonly IReadOnlyList<string> All =
    [
        LeadCreated, LeadScored, BotInteraction, BotHandoff, LeadQualified,
        AppointmentBooked, DealStageChanged, DealClosed, DealLost, MarketingSpend,
    ];
}
