namespace JorgeBi.Core.Events;

/// <summary>The closed vocabularies of DOMAIN.md and the defaults that go with them.</summary>
public static class Domain
{
    public const string DefaultLocation = "default";
    public const decimal DefaultCommissionRate = 0.06m;
    public const decimal MaxCommissionRate = 0.1m;

    public static readonly IReadOnlyList<string> LeadTypes = ["buyer", "seller"];

    public static readonly IReadOnlyList<string> Temperatures = ["hot", "warm", "lukewarm", "cold", "ice_cold"];

    /// <summary>Deal stages in pipeline order; <c>closed</c> and <c>lost</c> end a deal.</summary>
    public static readonly IReadOnlyList<string> DealStages = ["qualified", "shown", "offer", "under_contract", "closed", "lost"];

    /// <summary>Close probability of an open deal whose stage change names none.</summary>
    public static readonly IReadOnlyDictionary<string, decimal> StageDefaultProbability = new Dictionary<string, decimal>
    {
        ["qualified"] = 0.10m,
        ["shown"] = 0.25m,
        ["offer"] = 0.50m,
        ["under_contract"] = 0.85m,
    };

    public static readonly IReadOnlyList<string> Bots = ["jorge-seller", "jorge-buyer", "lead-bot", "intent-decoder"];

    public const string IntentDecoderBot = "intent-decoder";
}
