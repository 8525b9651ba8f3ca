using JorgeBi.Core.Events;

namespace JorgeBi.Core.Demo;

/// <summary>
/// How each bot performs: response times around its target (intent-decoder's p95 lands just under
/// 25 ms, with a real tail above it), success near 95 %, and confidence that tracks success.
/// </summary>
internal static class BotBehaviour
{
    public const string SellerBot = "jorge-seller";
    public const string BuyerBot = "jorge-buyer";
    public const string LeadBot = "lead-bot";

    public static BotInteraction Interaction(DemoRandom rng, DateTimeOffset end, DateTimeOffset at, string botId, string conversationId, string stage)
    {
        var ms = Math.Round(ProcessingTimeMs(rng, botId));
        var success = rng.Chance(SuccessRate(end, at, botId));
        var confidence = success
            ? Math.Clamp(rng.Normal(0.86, 0.07), 0.5, 0.99)
            : Math.Clamp(rng.Normal(0.45, 0.15), 0.05, 0.8);
        return new BotInteraction(botId, conversationId, ms, success, Math.Round(confidence, 2), stage);
    }

    private static double ProcessingTimeMs(DemoRandom rng, string botId) => botId switch
    {
        // A few percent of cold-cache classifications, so the 25 ms target is occasionally missed.
        Domain.IntentDecoderBot => rng.Chance(0.04) ? rng.Between(25.0, 60.0) : Math.Clamp(rng.LogNormal(14, 0.22), 6, 24.4),
        SellerBot => WithTail(rng, rng.LogNormal(33, 0.25)),
        BuyerBot => WithTail(rng, rng.LogNormal(50, 0.25)),
        _ => WithTail(rng, rng.LogNormal(62, 0.30)),
    };

    // Language-model bots sometimes wait on a slow upstream call.
    private static double WithTail(DemoRandom rng, double ms) => rng.Chance(0.01) ? ms * rng.Between(2.0, 4.0) : ms;

    private static double SuccessRate(DateTimeOffset end, DateTimeOffset at, string botId)
    {
        if (botId == DemoDip.BotId && DemoDip.Covers(end, at))
        {
            return DemoDip.SuccessRate;
        }

        return botId switch
        {
            Domain.IntentDecoderBot => 0.97,
            SellerBot => 0.955,
            BuyerBot => 0.95,
            _ => 0.94,
        };
    }
}
