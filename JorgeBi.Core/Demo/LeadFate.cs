namespace JorgeBi.Core.Demo;

/// <summary>
/// What happens to one lead, decided from its own random stream before any event is written:
/// who it is, how far down the funnel it gets, and when its story ends. Cheap to redraw, which
/// lets the generator revisit a lead month after month instead of buffering its future events.
/// </summary>
internal sealed record LeadFate(
    long LeadNo,
    DateTimeOffset CreatedAt,
    LeadSource Source,
    string LeadType,
    double Warmth,
    string AgentId,
    bool AgentAssignedAtCreation,
    bool Qualified,
    bool HandedOff,
    DateTimeOffset? AppointmentAt,
    DealPlan? Deal)
{
    /// <summary>Follow-ups end 30 days after creation (plus jitter); deals may run longer.</summary>
    public DateTimeOffset LastEventBound => Deal is { } deal && deal.LastAt > CreatedAt.AddDays(32) ? deal.LastAt : CreatedAt.AddDays(32);

    public string LeadId => $"lead-{LeadNo}";

    public string MainBot => LeadType == "seller" ? BotBehaviour.SellerBot : BotBehaviour.BuyerBot;

    public static LeadFate Draw(int seed, LocalClock clock, DemoMonth month, long leadNo)
    {
        var rng = DemoRandom.For(seed, leadNo, 0);
        var createdAt = DrawCreatedAt(rng, clock, month);
        var source = LeadSources.Pick(rng);
        var leadType = rng.Chance(source.BuyerShare) ? "buyer" : "seller";
        // Intent on a 0-100 scale; better sources shift it up, so they qualify and convert more.
        var warmth = Math.Clamp(rng.Normal(50 + 14 * Math.Log(source.Quality), 18), 0, 100);
        var agent = rng.Pick(DemoCast.Agents);
        var assigned = rng.Chance(0.6);

        var qualified = warmth + rng.Normal(0, 10) > 65;
        var handedOff = qualified ? rng.Chance(0.8) : rng.Chance(0.03);
        var appointmentAt = qualified && handedOff && rng.Chance(0.8)
            ? clock.At(clock.LocalDate(createdAt).AddDays(rng.Between(1, 5)), rng.Between(18, 34) / 2.0)
            : (DateTimeOffset?)null;

        DealPlan? deal = null;
        if (appointmentAt is { } appointment && rng.Chance(0.7))
        {
            var start = clock.At(clock.LocalDate(appointment).AddDays(rng.Between(1, 3)), 12);
            deal = DealPlan.Draw(DemoRandom.For(seed, leadNo, 2), clock, $"deal-{leadNo}", agent, start);
        }

        return new LeadFate(leadNo, createdAt, source, leadType, warmth, agent, assigned, qualified, handedOff, appointmentAt, deal);
    }

    /// <summary>A moment in the month, mostly in waking hours, never after the month's (or history's) end.</summary>
    private static DateTimeOffset DrawCreatedAt(DemoRandom rng, LocalClock clock, DemoMonth month)
    {
        var instant = month.Start + (month.End - month.Start) * rng.NextDouble();
        var hour = Math.Clamp(rng.Normal(14, 4), 0, 23.99);
        var atHour = clock.At(clock.LocalDate(instant), hour);
        return atHour >= month.Start && atHour < month.End ? atHour : instant;
    }
}
