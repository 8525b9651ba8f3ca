
namespace JorgeBi.Core.Kpis;

/// <summary>A KPI's target and where the current value stands against it (<see cref="TargetStatus"/>).</summary>
public sealed record KpiTarget(
    double Target,
    string Status);

/// <summary>The statuses of <see cref="KpiTarget"/>.</summary>
public static class TargetStatus
{
    public const string OnTrack = "on_track";
    public const string AtRisk = "at_risk";
    public const string OffTrack = "off_track";
    /// <summary>The KPI has nothing to measure (no interactions, no target set): no verdict is better than a false one.</summary>
    public const string NoData = "no_data";
}
