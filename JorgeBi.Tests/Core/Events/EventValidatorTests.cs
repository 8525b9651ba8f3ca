using System.Text.Json;
using JorgeBi.Core.Events;

namespace JorgeBi.Tests.Core.Events;

public sealed class EventValidatorTests
{
    private static EventBatchResult Validate(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return EventValidator.ValidateBatch(doc.RootElement.Clone());
    }

    private static string Event(string type, string data, string extra = "") =>
        $$"""{"id":"7f1c2a44-0c1e-4d57-9a51-2f4f1b7e0001","type":"{{type}}","occurredAt":"2026-10-14T16:02:11-07:00","locationId":"default","leadId":"lead-1"{{extra}},"data":{{data}}}""";

    [Fact]
    public void ExampleEvents_AllValid_ParsedWithTypedData()
    {
        var events = ExampleEvents.Load();

        Assert.Equal(12, events.Count);
        Assert.Equal(EventTypes.All.Count, events.Select(e => e.Type).Distinct().Count());
        var closed = Assert.IsType<DealClosed>(events.Single(e => e.Type == EventTypes.DealClosed).Data);
        Assert.Equal(738000m, closed.SalePrice);
        Assert.Null(closed.CommissionRate);
    }

    [Theory]
    [InlineData("deal.closed", """{"dealId":"d","salePrice":0,"agentId":"a"}""", "data.salePrice", "greater than 0")]
    [InlineData("deal.closed", """{"dealId":"d","salePrice":100,"commissionRate":0.2,"agentId":"a"}""", "data.commissionRate", "at most 0.1")]
    [InlineData("deal.closed", """{"dealId":"d","salePrice":100,"commissionRate":0,"agentId":"a"}""", "data.commissionRate", "greater than 0")]
    [InlineData("bot.interaction", """{"botId":"b","conversationId":"c","processingTimeMs":-1,"success":true,"confidence":0.5}""", "data.processingTimeMs", "at least 0")]
    [InlineData("bot.interaction", """{"botId":"b","conversationId":"c","processingTimeMs":1,"success":"yes","confidence":0.5}""", "data.success", "true or false")]
    [InlineData("bot.interaction", """{"botId":"b","conversationId":"c","processingTimeMs":1,"success":true,"confidence":1.5}""", "data.confidence", "at most 1")]
    [InlineData("lead.scored", """{"temperature":"boiling","frs":1,"pcs":2}""", "data.temperature", "one of")]
    [InlineData("lead.scored", """{"temperature":"hot","frs":101,"pcs":2}""", "data.frs", "at most 100")]
    [InlineData("lead.scored", """{"temperature":"hot","frs":1.5,"pcs":2}""", "data.frs", "whole number")]
    [InlineData("lead.created", """{"leadType":"buyer"}""", "data.source", "Required")]
    [InlineData("lead.created", """{"source":"zillow","leadType":"tenant"}""", "data.leadType", "one of")]
    [InlineData("deal.stage_changed", """{"dealId":"d","stage":"closed","propertyValue":1,"agentId":"a"}""", "data.stage", "one of")]
    [InlineData("deal.stage_changed", """{"dealId":"d","stage":"offer","propertyValue":1,"agentId":"a","expectedCloseDate":"30/11/2026"}""", "data.expectedCloseDate", "yyyy-MM-dd")]
    [InlineData("marketing.spend", """{"source":"zillow","amount":1,"month":"2026-13"}""", "data.month", "YYYY-MM")]
    [InlineData("appointment.booked", """{"appointmentId":"x","agentId":"a","scheduledFor":"tomorrow"}""", "data.scheduledFor", "ISO-8601")]
    public void Validate_BrokenRule_NamesFieldAndRule(string type, string data, string field, string rule)
    {
        var result = Validate(Event(type, data));

        Assert.False(result.IsValid);
        Assert.Empty(result.Events);
        var messages = result.Errors.ToDictionary()[field];
        Assert.Contains(messages, m => m.Contains(rule, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("""{"id":"not-a-uuid"}""", "id")]
    [InlineData("""{"type":"lead.exploded"}""", "type")]
    [InlineData("""{"occurredAt":"2026-10-14T16:02:11"}""", "occurredAt")]
    [InlineData("""{"locationId":"Main Office"}""", "locationId")]
    [InlineData("""{"locationId":"all"}""", "locationId")]   // reserved for every location at once
    [InlineData("""{"leadId":null}""", "leadId")]
    [InlineData("""{"data":[1,2]}""", "data")]
    public void Validate_BrokenEnvelope_NamesField(string overrides, string field)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(Event("lead.qualified", """{"botId":"lead-bot"}"""))!.AsObject();
        foreach (var (key, value) in System.Text.Json.Nodes.JsonNode.Parse(overrides)!.AsObject()) node[key] = value?.DeepClone();

        var result = Validate(node.ToJsonString());

        Assert.Contains(field, result.Errors.ToDictionary().Keys);
    }

    [Fact]
    public void ValidateBatch_OneBadEventAmongGood_RefusesWholeBatchNamingItsIndex()
    {
        var good = Event("lead.qualified", """{"botId":"lead-bot"}""");
        var bad = Event("deal.closed", """{"dealId":"d","salePrice":-5,"agentId":"a"}""");

        var result = Validate($"[{good},{bad},{good}]");

        Assert.False(result.IsValid);
        Assert.Empty(result.Events);
        Assert.Equal(["[1].data.salePrice"], result.Errors.ToDictionary().Keys);
    }

    [Fact]
    public void ValidateBatch_OverThousandEvents_Refused()
    {
        var one = Event("lead.qualified", """{"botId":"lead-bot"}""");
        var result = Validate("[" + string.Join(",", Enumerable.Repeat(one, EventValidator.MaxBatchSize + 1)) + "]");

        Assert.Contains("$", result.Errors.ToDictionary().Keys);
    }

    [Fact]
    public void Validate_MarketingSpendWithoutLead_IsValidAndSourceNormalised()
    {
        var json = Event("marketing.spend", """{"source":"Realtor.com","amount":4200.00,"month":"2026-10"}""").Replace("\"leadId\":\"lead-1\"", "\"leadId\":null");

        var result = Validate(json);

        Assert.True(result.IsValid);
        Assert.Equal("realtor-com", Assert.IsType<MarketingSpend>(result.Events[0].Data).Source);
    }

    [Fact]
    public void EventJson_RoundTrip_ValidatesToSameEvent()
    {
        foreach (var e in ExampleEvents.Load())
        {
            using var doc = JsonDocument.Parse(EventJson.ToJsonObject(e).ToJsonString());
            var again = EventValidator.ValidateBatch(doc.RootElement);
            Assert.True(again.IsValid);
            Assert.Equal(e, again.Events[0]);
        }
    }
}
