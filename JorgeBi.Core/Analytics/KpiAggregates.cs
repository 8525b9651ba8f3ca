namespace JorgeBi.Core.Analytics;

/// <summary>
/// The sums and counts a store reads for one location and period; every KPI of DOMAIN.md
/// is computed from these by <see cref="KpiCalculator"/>, whichever store produced them.
/// </summary>
public sealed record KpiAggregates
{
    public long TotalLeads { get; init; }
    public long QualifiedLeads { get; init; }
    /// <summary>Leads created in the period by their temperature as of its end.</summary>
    public IReadOnlyDictionary<string, long> LeadsByTemperature { get; init; } = new Dictionary<string, long>();
    public long Appointments { get; init; }
    public long DealsClosed { get; init; }
    public decimal Revenue { get; init; }
    public decimal Commission { get; init; }
    public long Interactions { get; init; }
    public long Successes { get; init; }
    public double ProcessingMsSum { get; init; }
    public double? P95ResponseMs { get; init; }
    public double? MlP95ResponseMs { get; init; }
    public double? SpeedToLeadMedianSeconds { get; init; }
    public long Handoffs { get; init; }
    public long Conversations { get; init; }
    public IReadOnlyList<PipelineStage> Pipeline { get; init; } = [];
}

/// <summary>
/// Open deals at the end of a period in one stage: the sum of their latest property
/// values, split by whether their latest stage change named a close probability.
/// </summary>
public sealed record PipelineStage(string Stage, long Deals, decimal Value, decimal ExplicitWeightedValue, decimal DefaultProbabilityValue);
