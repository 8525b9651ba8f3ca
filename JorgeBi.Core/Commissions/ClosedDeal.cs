namespace JorgeBi.Core.Commissions;

/// <summary>
/// One deal.closed event as the commission statement lists it. Rate and commission are the
/// ones resolved when the deal was stored, so a later change of the location's rate does not
/// rewrite what was earned.
/// </summary>
/// <param name="LocationId">The office that closed it: the company's statement lists the deals of several.</param>
public sealed record ClosedDeal(
    string LocationId,
    string DealId,
    string LeadId,
    string AgentId,
    string? Source,
    decimal SalePrice,
    decimal CommissionRate,
    decimal Commission,
    DateTimeOffset ClosedAt);
