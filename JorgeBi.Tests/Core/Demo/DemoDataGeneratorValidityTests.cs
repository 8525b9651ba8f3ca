using System.Text.RegularExpressions;
using JorgeBi.Core.Events;

namespace JorgeBi.Tests.Core.Demo;

/// <summary>Every generated event obeys the validation rules of DOMAIN.md, checked here independently.</summary>
public partial class DemoDataGeneratorValidityTests
{
    private static readonly string[] OpenStages = ["qualified", "shown", "offer", "under_contract"];

    [Fact]
    public void Generate_DemoScale_EnvelopesAreValid()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(DemoSample.Options.TimeZone);
        Assert.All(DemoSample.Events, e =>
        {
            Assert.NotEqual(Guid.Empty, e.Id);
            Assert.Contains(e.Type, EventTypes.All);
            Assert.Equal(DemoSample.Options.LocationId, e.LocationId);
            Assert.Matches(LocationId(), e.LocationId);
            Assert.Equal(zone.GetUtcOffset(e.OccurredAt), e.OccurredAt.Offset);
            if (e.Type == EventTypes.MarketingSpend)
            {
                Assert.Null(e.LeadId);
            }
            else
            {
                Assert.False(string.IsNullOrWhiteSpace(e.LeadId));
            }
        });
    }

    [Fact]
    public void Generate_DemoScale_PayloadsAreWithinDomainRanges()
    {
        Assert.All(DemoSample.Events, e => CheckPayload(e));
    }

    [Fact]
    public void Generate_DemoScale_ConversationsAndDealsBelongToOneLead()
    {
        var conversationOwners = DemoSample.Events
            .Where(e => e.Data is BotInteraction)
            .GroupBy(e => ((BotInteraction)e.Data).ConversationId)
            .Select(g => g.Select(e => e.LeadId).Distinct().Count());
        var dealOwners = DemoSample.Events
            .Where(e => e.Data is DealStageChanged or DealClosed or DealLost)
            .GroupBy(e => e.Data switch { DealStageChanged d => d.DealId, DealClosed d => d.DealId, _ => ((DealLost)e.Data).DealId })
            .Select(g => g.Select(e => e.LeadId).Distinct().Count());

        Assert.All(conversationOwners, owners => Assert.Equal(1, owners));
        Assert.All(dealOwners, owners => Assert.Equal(1, owners));
    }

    [Fact]
    public void Generate_DemoScale_DealsMoveForwardAndEndOnce()
    {
        var deals = DemoSample.Events
            .Where(e => e.Data is DealStageChanged or DealClosed or DealLost)
            .GroupBy(e => e.LeadId);

        Assert.All(deals, deal =>
        {
            var ordered = deal.OrderBy(e => e.OccurredAt).ToList();
            var stages = ordered.Select(e => e.Data is DealStageChanged s ? Array.IndexOf(OpenStages, s.Stage) : OpenStages.Length).ToList();
            Assert.Equal(stages.Order(), stages);
            Assert.True(ordered.Count(e => e.Data is DealClosed or DealLost) <= 1);
            Assert.True(ordered.Take(ordered.Count - 1).All(e => e.Data is DealStageChanged));
        });
    }

    private static void CheckPayload(BiEvent e)
    {
        switch (e.Data)
        {
            case LeadCreated d:
                Assert.Matches(Slug(), d.Source);
                Assert.Contains(d.LeadType, Domain.LeadTypes);
                Assert.True(d.Temperature is null || Domain.Temperatures.Contains(d.Temperature));
                Assert.True(d.AgentId is null || d.AgentId.Length > 0);
                break;
            case LeadScored d:
                Assert.Contains(d.Temperature, Domain.Temperatures);
                Assert.InRange(d.Frs, 0, 100);
                Assert.InRange(d.Pcs, 0, 100);
                break;
            case BotInteraction d:
                Assert.Contains(d.BotId, Domain.Bots);
                Assert.False(string.IsNullOrWhiteSpace(d.ConversationId));
                Assert.True(d.ProcessingTimeMs >= 0);
                Assert.InRange(d.Confidence, 0, 1);
                break;
            case BotHandoff d:
                Assert.Contains(d.BotId, Domain.Bots);
                Assert.False(string.IsNullOrWhiteSpace(d.ConversationId));
                Assert.False(string.IsNullOrWhiteSpace(d.AgentId));
                Assert.False(string.IsNullOrWhiteSpace(d.Reason));
                break;
            case LeadQualified d:
                Assert.Contains(d.BotId, Domain.Bots);
                break;
            case AppointmentBooked d:
                Assert.False(string.IsNullOrWhiteSpace(d.AppointmentId));
                Assert.False(string.IsNullOrWhiteSpace(d.AgentId));
                Assert.True(d.ScheduledFor > e.OccurredAt);
                Assert.True(d.BotId is null || Domain.Bots.Contains(d.BotId));
                break;
            case DealStageChanged d:
                Assert.False(string.IsNullOrWhiteSpace(d.DealId));
                Assert.Contains(d.Stage, OpenStages);
                Assert.True(d.PropertyValue > 0);
                Assert.True(d.CloseProbability is null or >= 0 and <= 1);
                Assert.False(string.IsNullOrWhiteSpace(d.AgentId));
                break;
            case DealClosed d:
                Assert.False(string.IsNullOrWhiteSpace(d.DealId));
                Assert.True(d.SalePrice > 0);
                Assert.True(d.CommissionRate is null or > 0 and <= Domain.MaxCommissionRate);
                Assert.False(string.IsNullOrWhiteSpace(d.AgentId));
                break;
            case DealLost d:
                Assert.False(string.IsNullOrWhiteSpace(d.DealId));
                Assert.False(string.IsNullOrWhiteSpace(d.Reason));
                break;
            case MarketingSpend d:
                Assert.Matches(Slug(), d.Source);
                Assert.True(d.Amount >= 0);
                Assert.Matches(Month(), d.Month);
                break;
            default:
                Assert.Fail($"Unexpected payload {e.Data.GetType().Name}");
                break;
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,49}$")]
    private static partial Regex LocationId();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    [GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])$")]
    private static partial Regex Month();
}
