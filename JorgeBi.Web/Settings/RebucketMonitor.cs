using JorgeBi.Core.Settings;

namespace JorgeBi.Web.Settings;

/// <summary>
/// The time-zone moves queued or running, as this instance last saw them: pages show a banner
/// with the progress for their location, and the settings page a bar per location. Refreshed
/// by <see cref="RebucketService"/> every second and after each step this instance runs.
/// </summary>
public sealed class RebucketMonitor
{
    private IReadOnlyList<RebucketJob> _active = [];

    public IReadOnlyList<RebucketJob> Active => _active;

    /// <summary>Raised on the refreshing thread whenever a move starts, moves on or ends.</summary>
    public event Action? Changed;

    public RebucketJob? For(string locationId) => _active.FirstOrDefault(j => j.LocationId == locationId);

    public void Update(IReadOnlyList<RebucketJob> active)
    {
        if (active.SequenceEqual(_active)) return;
        _active = active;
        Changed?.Invoke();
    }

    /// <summary>A step of a job this instance runs: that job's new progress, the others as they were.</summary>
    public void Update(RebucketJob job) =>
        Update(_active.Any(j => j.JobId == job.JobId) ? _active.Select(j => j.JobId == job.JobId ? job : j).ToList() : [.. _active, job]);
}
