namespace JorgeBi.Core.Funnel;

/// <summary>The funnel of one location and period in both <see cref="FunnelView"/>s.</summary>
public sealed record FunnelViews(IReadOnlyList<FunnelStage> Period, IReadOnlyList<FunnelStage> Cohort)
{
    public IReadOnlyList<FunnelStage> In(string view) => view == FunnelView.Cohort ? Cohort : Period;
}
