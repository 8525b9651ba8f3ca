using JorgeBi.Core.Analytics;

namespace JorgeBi.Core.Revenue;

/// <summary>
/// DOMAIN.md's pipeline-weighted forecast: deals open now x close probability x the
/// location's rate, by expected close month, for the next <see cref="HorizonDays"/> days.
/// Deals whose expected close date is past but are still open are shown as
/// <see cref="Overdue"/> rather than silently moved into the current month; deals expected
/// after the horizon are left out and only counted in <see cref="DealsBeyondHorizon"/>.
/// </summary>
/// <param name="Buckets">Months in order (<c>yyyy-MM</c>), then <see cref="Overdue"/> and <see cref="Unscheduled"/> when they have deals.</param>
public sealed record PipelineForecast(
    int HorizonDays, IReadOnlyList<PipelineBucket> Buckets, long Deals, decimal PipelineValue, decimal WeightedCommission, long DealsBeyondHorizon)
{
    public const int DefaultHorizonDays = 90;
    public const string Overdue = "overdue";
    public const string Unscheduled = "unscheduled";

    /// <param name="today">The location's local date now: the horizon is [today, today + 90 days).</param>
    public static PipelineForecast Build(IEnumerable<OpenDealGroup> open, DateOnly today, decimal commissionRate, int horizonDays = DefaultHorizonDays)
    {
        var horizonEnd = today.AddDays(horizonDays);
        var groups = open.ToList();
        var beyond = groups.Where(g => g.ExpectedCloseDate is { } d && DateOnly.FromDateTime(d) >= horizonEnd).Sum(g => g.Deals);
        var buckets = groups
            .Where(g => g.ExpectedCloseDate is not { } d || DateOnly.FromDateTime(d) < horizonEnd)
            .GroupBy(g => BucketOf(g.ExpectedCloseDate, today))
            .OrderBy(g => g.Key == Overdue ? 1 : g.Key == Unscheduled ? 2 : 0).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Bucket(g.Key, g, commissionRate))
            .ToList();
        return new PipelineForecast(horizonDays, buckets, buckets.Sum(b => b.Deals), buckets.Sum(b => b.PipelineValue),
            buckets.Sum(b => b.WeightedCommission), beyond);
    }

    private static string BucketOf(DateTime? expected, DateOnly today) => expected switch
    {
        null => Unscheduled,
        { } d when DateOnly.FromDateTime(d) < today => Overdue,
        { } d => d.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
    };

    // The weighting is KpiCalculator's, the definition behind weighted_pipeline_commission.
    private static PipelineBucket Bucket(string key, IEnumerable<OpenDealGroup> groups, decimal rate)
    {
        var stages = groups.GroupBy(g => g.Stage, StringComparer.Ordinal)
            .Select(s => new PipelineStage(s.Key, s.Sum(g => g.Deals), s.Sum(g => g.Value),
                s.Sum(g => g.ExplicitWeightedValue), s.Sum(g => g.DefaultProbabilityValue)))
            .ToList();
        return new PipelineBucket(key, stages.Sum(s => s.Deals), stages.Sum(s => s.Value),
            KpiCalculator.WeightedPipelineCommission(stages, rate));
    }
}

/// <param name="Month"><c>yyyy-MM</c> of the expected close date, <c>overdue</c> or <c>unscheduled</c>.</param>
/// <param name="WeightedCommission">Sum of value x probability x rate, to the cent.</param>
public sealed record PipelineBucket(string Month, long Deals, decimal PipelineValue, decimal WeightedCommission);
