using System.Globalization;

namespace JorgeBi.Core.Insights;

/// <summary>
/// The current month projected from its pace so far (commission to date / elapsed fraction
/// of the month) falls short of the monthly target. Pace rather than the pipeline: it rests
/// only on money already earned, and the weighted pipeline is given beside it as the means to
/// close the gap. Confidence is the elapsed fraction (a projection from two days is a guess);
/// nothing is said before <see cref="MinElapsed"/> of the month. Impact is the shortfall's share of the target.
/// </summary>
public static class CommissionForecastRule
{
    public const double MinElapsed = 0.1;

    public static IEnumerable<Insight> Find(decimal monthToDate, double elapsed, decimal target, decimal weightedPipeline)
    {
        if (target <= 0 || elapsed < MinElapsed) yield break;
        double projected = (double)monthToDate / elapsed, goal = (double)target;
        if (projected >= goal) yield break;
        var shortfall = goal - projected;
        yield return new Insight(
            InsightTypes.CommissionForecastShortfall,
            elapsed,
            "This month's commission is on course to miss the target",
            string.Create(CultureInfo.InvariantCulture,
                $"{monthToDate:C0} earned with {elapsed:P0} of the month gone projects to {projected:C0}, {shortfall:C0} short of the {target:C0} target."),
            string.Create(CultureInfo.InvariantCulture,
                $"Work the open pipeline (probability-weighted commission {weightedPipeline:C0}) towards closing this month, starting with deals under contract."),
            elapsed * Math.Min(1, shortfall / goal),
            null,
            new Dictionary<string, double>
            {
                ["month_to_date_commission"] = (double)monthToDate,
                ["elapsed_fraction"] = elapsed,
                ["projected_commission"] = projected,
                ["monthly_target"] = goal,
                ["shortfall"] = shortfall,
                ["weighted_pipeline_commission"] = (double)weightedPipeline,
            });
    }
}
