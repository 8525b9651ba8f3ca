namespace JorgeBi.Core.Live;

/// <summary>
/// Runs before any subscriber of <see cref="LiveUpdates"/> sees a change: the web layer drops
/// the answers it cached for the location there, so a page that reloads on the change can
/// never read the old one.
/// </summary>
public interface ILiveCacheInvalidation
{
    Task InvalidateAsync(LiveChange change);
}
