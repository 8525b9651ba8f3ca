namespace JorgeBi.Core.Events;

/// <summary>The typed payload of one event kind; <see cref="Type"/> is its wire name.</summary>
public abstract record EventData
{
    public abstract string Type { get; }
}

public sealed record LeadCreated(string Source, string LeadType, string? Temperature, string? AgentId) : EventData
{
    public override string Type => EventTypes.LeadCreated;
}

public sealed record LeadScored(string Temperature, int Frs, int Pcs) : EventData
{
    public override string Type => EventTypes.LeadScored;
}

public sealed record BotInteraction(
    string BotId, string ConversationId, double ProcessingTimeMs, bool Success, double Confidence, string? Stage) : EventData
{
    public override string Type => EventTypes.BotInteraction;
}

public sealed record BotHandoff(string BotId, string ConversationId, string AgentId, string Reason) : EventData
{
    public override string Type => EventTypes.BotHandoff;
}

public sealed record LeadQualified(string BotId) : EventData
{
    public override string Type => EventTypes.LeadQualified;
}

public sealed record AppointmentBooked(string AppointmentId, string AgentId, DateTimeOffset ScheduledFor, string? BotId) : EventData
{
    public override string Type => EventTypes.AppointmentBooked;
}

public sealed record DealStageChanged(
    string DealId, string Stage, decimal PropertyValue, decimal? CloseProbability, string AgentId, DateOnly? ExpectedCloseDate) : EventData
{
    public override string Type => EventTypes.DealStageChanged;
}

public sealed record DealClosed(string DealId, decimal SalePrice, decimal? CommissionRate, string AgentId) : EventData
{
    public override string Type => EventTypes.DealClosed;
}

public sealed record DealLost(string DealId, string Reason) : EventData
{
    public override string Type => EventTypes.DealLost;
}

public sealed record MarketingSpend(string Source, decimal Amount, string Month) : EventData
{
    public override string Type => EventTypes.MarketingSpend;
}
