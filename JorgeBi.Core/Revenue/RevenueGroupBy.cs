namespace JorgeBi.Core.Revenue;

/// <summary>The dimensions a commission breakdown can be grouped by (API.md <c>group_by</c>).</summary>
public enum RevenueGroupBy
{
    /// <summary>The lead source of the deal's lead.</summary>
    Source,
    /// <summary>First touch: the bot of the lead's first conversation.</summary>
    Bot,
    /// <summary>The agent who closed the deal.</summary>
    Agent,
}
