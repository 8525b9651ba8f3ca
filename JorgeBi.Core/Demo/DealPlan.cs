using JorgeBi.Core.Events;

namespace JorgeBi.Core.Demo;

/// <summary>
/// The whole life of one deal, drawn up front so the generator knows when the lead's story ends:
/// qualified -> shown -> offer -> under_contract over weeks, then closed about a month later,
/// or lost at some stage. About half of the deals close.
/// </summary>
internal sealed class DealPlan
{
    // Chance of moving on from qualified, shown, offer and under_contract: 0.85 x 0.8 x 0.8 x 0.92 ~ 0.5.
    private static readonly double[] AdvanceChance = [0.85, 0.80, 0.80, 0.92];

    // Days spent in qualified, shown, offer and under_contract (the last is escrow until closing).
    private static readonly (int Min, int Max)[] StageDays = [(5, 21), (5, 30), (3, 14), (21, 45)];

    private static readonly decimal[] ExplicitRates = [0.05m, 0.055m, 0.065m];

    private DealPlan(IReadOnlyList<(DateTimeOffset At, EventData Data)> steps) => Steps = steps;

    public IReadOnlyList<(DateTimeOffset At, EventData Data)> Steps { get; }

    public DateTimeOffset LastAt => Steps[^1].At;

    public static DealPlan Draw(DemoRandom rng, LocalClock clock, string dealId, string agentId, DateTimeOffset start)
    {
        var steps = new List<(DateTimeOffset, EventData)>(5);
        var value = Math.Round(Math.Clamp(rng.LogNormal(600_000, 0.35), 300_000, 2_000_000) / 1000) * 1000;
        var date = clock.LocalDate(start);
        var expectedClose = date.AddDays(StageDays.Sum(d => (d.Min + d.Max) / 2) + rng.Between(-10, 10));

        for (var stage = 0; stage < AdvanceChance.Length; stage++)
        {
            var name = Domain.DealStages[stage];
            value = stage switch
            {
                2 => Math.Round(value * rng.Between(0.96, 1.02) / 1000) * 1000, // the offer price
                3 => Math.Round(value * rng.Between(0.98, 1.01) / 1000) * 1000, // after negotiation
                _ => value,
            };
            decimal? probability = rng.Chance(0.3)
                ? Math.Clamp(Math.Round(Domain.StageDefaultProbability[name] + (decimal)rng.Between(-0.08, 0.08), 2), 0.01m, 0.99m)
                : null;
            DateOnly? expected = stage >= 2 || rng.Chance(0.4) ? expectedClose : null;
            steps.Add((BusinessHour(rng, clock, date), new DealStageChanged(dealId, name, (decimal)value, probability, agentId, expected)));

            var (min, max) = StageDays[stage];
            date = date.AddDays(rng.Between(min, max));
            if (!rng.Chance(AdvanceChance[stage]))
            {
                var lostOn = clock.LocalDate(steps[^1].Item1).AddDays(rng.Between(2, 20));
                steps.Add((BusinessHour(rng, clock, lostOn), new DealLost(dealId, rng.Pick(DemoCast.LostReasons))));
                return new DealPlan(steps);
            }
        }

        var salePrice = Math.Round(value * rng.Between(0.97, 1.02) / 500) * 500;
        // Most deals use the location's default 6 %; a few were negotiated.
        decimal? rate = rng.Chance(0.15) ? rng.Pick(ExplicitRates) : null;
        steps.Add((BusinessHour(rng, clock, date), new DealClosed(dealId, (decimal)salePrice, rate, agentId)));
        return new DealPlan(steps);
    }

    private static DateTimeOffset BusinessHour(DemoRandom rng, LocalClock clock, DateOnly date) =>
        clock.At(date, Math.Round(rng.Between(9.0, 18.0), 2));
}
