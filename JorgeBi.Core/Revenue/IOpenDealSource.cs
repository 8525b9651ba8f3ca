namespace JorgeBi.Core.Revenue;

/// <summary>The deals of a location open at an instant, for the pipeline forecast.</summary>
public interface IOpenDealSource
{
    Task<IReadOnlyList<OpenDealGroup>> ReadAsync(string locationId, DateTimeOffset asOf, CancellationToken ct = default);
}

/// <summary>
/// Open deals sharing an expected close date and the stage of their latest change, summed
/// the way <see cref="Kpis.PipelineStage"/> is, so the weighting stays in
/// <see cref="Kpis.KpiCalculator"/>.
/// </summary>
/// <param name="ExpectedCloseDate">The expected close date named by the deal's latest change that named one; null when none did.</param>
public sealed record OpenDealGroup(
    DateTime? ExpectedCloseDate, string Stage, long Deals, decimal Value, decimal ExplicitWeightedValue, decimal DefaultProbabilityValue);
