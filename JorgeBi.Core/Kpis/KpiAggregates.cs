namespace JorgeBi.Core.Kpis;

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

    /// <summary>
    /// The 1-ms histogram per bot behind the percentiles. Percentiles of several locations
    /// cannot be combined; their histograms can, exactly (<see cref="Company.CompanyAggregates"/>).
    /// </summary>
    public IReadOnlyList<LatencyCell> Latency { get; init; } = [];

    /// <summary>These aggregates with <paramref name="cells"/> as their histogram and the percentiles read from it.</summary>
    public KpiAggregates WithLatency(IReadOnlyList<LatencyCell> cells) => this with
    {
        Latency = cells,
        P95ResponseMs = LatencyCell.P95(cells),
        MlP95ResponseMs = LatencyCell.MlP95(cells),
    };
}

/// <summary>
/// Open deals at the end of a period in one stage: the sum of their latest property
/// values, split by whether their latest stage change named a close probability.
/// </summary>
public sealed record PipelineStage(string Stage, long Deals, decimal Value, decimal ExplicitWeightedValue, decimal DefaultProbabilityValue)
{
    /// <summary>
    /// The commission rate of the location these deals belong to, when stages of locations
    /// with different rates are listed together (the company's pipeline); null means the rate
    /// the KPIs are computed with.
    /// </summary>
    public decimal? CommissionRate { get; init; }
}
