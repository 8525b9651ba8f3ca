namespace JorgeBi.Core.Company;

/// <summary>
/// How far several offices are through their month (or year) together, each by its own
/// calendar: the share of their summed target they should have earned by now, so each office's
/// elapsed share weighs as much as its target. Without any target, the plain mean of the shares.
/// </summary>
public static class CompanyPace
{
    public static double Elapsed(IReadOnlyList<(decimal Target, double Elapsed)> offices)
    {
        var target = offices.Sum(o => o.Target);
        if (target > 0) return offices.Sum(o => (double)o.Target * o.Elapsed) / (double)target;
        return offices.Count == 0 ? 0 : offices.Average(o => o.Elapsed);
    }
}
