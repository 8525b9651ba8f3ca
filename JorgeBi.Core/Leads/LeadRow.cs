
namespace JorgeBi.Core.Leads;

/// <summary>A lead as drill-down and export show it; temperature is its latest one; times are UTC.</summary>
public sealed record LeadRow(
    string LocationId,
    string LeadId,
    DateTime? CreatedAt,
    string? Source,
    string? LeadType,
    string? Temperature,
    string? AgentId,
    string? FirstBotId,
    double? SpeedToLeadS) : ILeadsRow;
