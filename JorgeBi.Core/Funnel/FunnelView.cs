namespace JorgeBi.Core.Funnel;

/// <summary>
/// The two ways to read the funnel. <see cref="Period"/> counts what happened in the period,
/// so its first, second, third and last bars are the Leads, Qualified leads, Appointments and
/// Deals closed cards. <see cref="Cohort"/> follows the leads created in the period to its
/// end, so every bar counts the same people and each step is a true conversion.
/// </summary>
public static class FunnelView
{
    public const string Period = "period";
    public const string Cohort = "cohort";

    public static readonly IReadOnlyList<string> All = [Period, Cohort];
}
