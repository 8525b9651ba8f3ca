
namespace JorgeBi.Core.Leads;

/// <summary>One bot's part of one conversation in the period: a conversation two bots took part in gives two rows.</summary>
public sealed record ConversationRow(
    string LocationId,
    string ConversationId,
    string BotId,
    string LeadId,
    long Interactions,
    long Successes,
    DateTime FirstAt,
    DateTime LastAt,
    double AvgResponseMs) : ILeadsRow;
