using JorgeBi.Core.Kpis;

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

    /// <summary>
    /// The open deals of one office, or of several in one forecast: each deal is overdue, inside
    /// or beyond the horizon ([today, today + 90 days)) by its own office's local date, and
    /// weighted at its own office's rate.
    /// </summary>
    public static PipelineForecast Build(IReadOnlyList<OfficePipeline> offices, int horizonDays = DefaultHorizonDays)
    {
        var deals = offices.SelectMany(o => o.Open.Select(g => new OfficeDeals(g, o))).ToList();
        bool Beyond(OfficeDeals d) => d.Group.ExpectedCloseDate is { } x && DateOnly.FromDateTime(x) >= d.Office.Today.AddDays(horizonDays);
        var beyond = deals.Where(Beyond).Sum(d => d.Group.Deals);
        var buckets = deals
            .Where(d => !Beyond(d))
            .GroupBy(d => BucketOf(d.Group.ExpectedCloseDate, d.Office.Today))
            .OrderBy(g => g.Key == Overdue ? 1 : g.Key == Unscheduled ? 2 : 0).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Bucket(g.Key, g))
            .ToList();
        return new PipelineForecast(horizonDays, buckets, buckets.Sum(b => b.Deals), buckets.Sum(b => b.PipelineValue),
            buckets.Sum(b => b.WeightedCommission), beyond);
    }

    private sealed record OfficeDeals(OpenDealGroup Group, OfficePipeline Office);

    private static string BucketOf(DateTime? expected, DateOnly today) => expected switch
    {
        null => Unscheduled,
        { } d when DateOnly.FromDateTime(d) < today => Overdue,
        { } d => d.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
    };

    // The weighting is KpiCalculator's, the definition behind weighted_pipeline_commission;
    // every stage carries its office's rate, so no rate is left to fall back on.
    private static PipelineBucket Bucket(string key, IEnumerable<OfficeDeals> deals)
    {
        var stages = deals.GroupBy(d => (d.Group.Stage, d.Office.CommissionRate))
            .Select(s => new PipelineStage(s.Key.Stage, s.Sum(d => d.Group.Deals), s.Sum(d => d.Group.Value),
                s.Sum(d => d.Group.ExplicitWeightedValue), s.Sum(d => d.Group.DefaultProbabilityValue))
            { CommissionRate = s.Key.CommissionRate })
            .ToList();
        return new PipelineBucket(key, stages.Sum(s => s.Deals), stages.Sum(s => s.Value),
            KpiCalculator.WeightedPipelineCommission(stages, commissionRate: 0));
    }
}

/// <param name="Month"><c>yyyy-MM</c> of the expected close date, <c>overdue</c> or <c>unscheduled</c>.</param>
/// <param name="WeightedCommission">Sum of value x probability x rate, to the cent.</param>
public sealed record PipelineBucket(string Month, long Deals, decimal PipelineValue, decimal WeightedCommission);

/// <summary>The deals one office has open, with its local date now and its commission rate.</summary>
public sealed record OfficePipeline(IReadOnlyList<OpenDealGroup> Open, DateOnly Today, decimal CommissionRate);
