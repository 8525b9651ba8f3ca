namespace JorgeBi.Core.Revenue;

/// <summary>Cost and return of one lead source over the period.</summary>
/// <param name="Spend">Spend prorated to the period (see <see cref="SpendProration"/>).</param>
/// <param name="CostPerLead">Spend / leads; null without leads.</param>
/// <param name="Deals">Deals closed in the period whose lead came from this source.</param>
/// <param name="Roi">(Commission - spend) / spend as a fraction; null when nothing was spent.</param>
public sealed record LeadSourceCost(string Source, long Leads, decimal Spend, decimal? CostPerLead, long Deals, decimal Commission, double? Roi);
