
namespace JorgeBi.Core.Leads;

/// <summary>
/// A deal as of the end of the period: its stage ("closed", "lost" or the latest open
/// stage), its latest property value, and sale price / commission when closed.
/// </summary>
public sealed record DealRow(
    string LocationId,
    string DealId,
    string LeadId,
    string? AgentId,
    string? Source,
    string? Stage,
    decimal? PropertyValue,
    decimal? SalePrice,
    decimal? Commission,
    DateTime? ClosedAt) : ILeadsRow;
