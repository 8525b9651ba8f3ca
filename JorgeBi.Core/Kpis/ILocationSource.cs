namespace JorgeBi.Core.Kpis;

/// <summary>Looks up locations; null when the id is unknown.</summary>
public interface ILocationSource
{
    Task<LocationInfo?> FindAsync(string locationId, CancellationToken ct = default);

    Task<IReadOnlyList<LocationInfo>> ListAsync(CancellationToken ct = default);
}
