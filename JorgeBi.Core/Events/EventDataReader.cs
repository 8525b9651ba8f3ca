namespace JorgeBi.Core.Events;

/// <summary>The per-type rules of DOMAIN.md's event table, one method per kind.</summary>
internal static class EventDataReader
{
    /// <summary>Processing times above this are refused as clock errors rather than stored.</summary>
    public const decimal MaxProcessingTimeMs = 3_600_000m;

    /// <summary>Money above this is refused as a typo (a misplaced decimal point) rather than stored.</summary>
    public const decimal MaxMoney = 1_000_000_000m;

    public static EventData? Read(string type, FieldReader r) => type switch
    {
        EventTypes.LeadCreated => LeadCreated(r),
        EventTypes.LeadScored => LeadScored(r),
        EventTypes.BotInteraction => BotInteraction(r),
        EventTypes.BotHandoff => BotHandoff(r),
        EventTypes.LeadQualified => r.Text("botId") is { } bot ? new LeadQualified(bot) : null,
        EventTypes.AppointmentBooked => AppointmentBooked(r),
        EventTypes.DealStageChanged => DealStageChanged(r),
        EventTypes.DealClosed => DealClosed(r),
        EventTypes.DealLost => DealLost(r),
        EventTypes.MarketingSpend => MarketingSpend(r),
        _ => null,
    };

    private static LeadCreated? LeadCreated(FieldReader r)
    {
        var source = r.Text("source");
        var leadType = r.OneOf("leadType", Domain.LeadTypes);
        var temperature = r.OneOf("temperature", Domain.Temperatures, required: false);
        var agent = r.OptionalText("agentId");
        return source is null || leadType is null ? null : new LeadCreated(Slug.Normalize(source), leadType, temperature, agent);
    }

    private static LeadScored? LeadScored(FieldReader r)
    {
        var temperature = r.OneOf("temperature", Domain.Temperatures);
        var frs = r.Integer("frs", 0, 100);
        var pcs = r.Integer("pcs", 0, 100);
        return temperature is null || frs is null || pcs is null ? null : new LeadScored(temperature, frs.Value, pcs.Value);
    }

    private static BotInteraction? BotInteraction(FieldReader r)
    {
        var bot = r.Text("botId");
        var conversation = r.Text("conversationId");
        var ms = r.Number("processingTimeMs", 0, MaxProcessingTimeMs);
        var success = r.Bool("success");
        var confidence = r.Number("confidence", 0, 1);
        var stage = r.OptionalText("stage");
        return bot is null || conversation is null || ms is null || success is null || confidence is null
            ? null
            : new BotInteraction(bot, conversation, (double)ms.Value, success.Value, (double)confidence.Value, stage);
    }

    private static BotHandoff? BotHandoff(FieldReader r)
    {
        var bot = r.Text("botId");
        var conversation = r.Text("conversationId");
        var agent = r.Text("agentId");
        var reason = r.Text("reason");
        return bot is null || conversation is null || agent is null || reason is null ? null : new BotHandoff(bot, conversation, agent, reason);
    }

    private static AppointmentBooked? AppointmentBooked(FieldReader r)
    {
        var appointment = r.Text("appointmentId");
        var agent = r.Text("agentId");
        var scheduledFor = r.Instant("scheduledFor");
        var bot = r.OptionalText("botId");
        return appointment is null || agent is null || scheduledFor is null ? null : new AppointmentBooked(appointment, agent, scheduledFor.Value, bot);
    }

    private static DealStageChanged? DealStageChanged(FieldReader r)
    {
        var deal = r.Text("dealId");
        var stage = r.OneOf("stage", [.. Domain.StageDefaultProbability.Keys]);
        var value = r.Number("propertyValue", 0, MaxMoney, minExclusive: true);
        var probability = r.Number("closeProbability", 0, 1, required: false);
        var agent = r.Text("agentId");
        var expected = r.Date("expectedCloseDate");
        return deal is null || stage is null || value is null || agent is null
            ? null
            : new DealStageChanged(deal, stage, value.Value, probability, agent, expected);
    }

    private static DealClosed? DealClosed(FieldReader r)
    {
        var deal = r.Text("dealId");
        var price = r.Number("salePrice", 0, MaxMoney, minExclusive: true);
        var rate = r.Number("commissionRate", 0, Domain.MaxCommissionRate, minExclusive: true, required: false);
        var agent = r.Text("agentId");
        return deal is null || price is null || agent is null ? null : new DealClosed(deal, price.Value, rate, agent);
    }

    private static DealLost? DealLost(FieldReader r)
    {
        var deal = r.Text("dealId");
        var reason = r.Text("reason");
        return deal is null || reason is null ? null : new DealLost(deal, reason);
    }

    private static MarketingSpend? MarketingSpend(FieldReader r)
    {
        var source = r.Text("source");
        var amount = r.Number("amount", 0, MaxMoney);
        var month = r.Text("month");
        if (month is not null && !EventValidator.IsMonth(month))
        {
            r.Fail("month", "Must be a month, YYYY-MM.");
            month = null;
        }
        return source is null || amount is null || month is null ? null : new MarketingSpend(Slug.Normalize(source), amount.Value, month);
    }
}
