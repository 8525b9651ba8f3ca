using System.Text.Json;
using JorgeBi.Core.Leads;
using JorgeBi.Data.Events;
using JorgeBi.Data.Leads;

namespace JorgeBi.Tests.Leads;

public sealed class LeadTimelineTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Timeline_EventsArrivingOutOfOrder_ComeBackInOccurredOrder()
    {
        var events = DrillFixture.Build("timeline");
        var store = new AppliedEventStore(db.DataSource);
        // Newest first, one event per batch: arrival order is the reverse of occurrence.
        foreach (var e in events.OrderByDescending(e => e.OccurredAt)) await store.IngestAsync([e]);

        var timeline = await new LeadsService(new LeadsQueries(db.DataSource)).LeadTimelineAsync(["timeline"], "L1");

        var expected = events.Where(e => e.LeadId == "L1").OrderBy(e => e.OccurredAt).ToList();
        Assert.Equal(expected.Select(e => (e.Type, e.OccurredAt)), timeline.Select(t => (t.Type, t.OccurredAt)));
        Assert.Equal("lead.created", timeline[0].Type);
        Assert.Equal("zillow", JsonDocument.Parse(timeline[0].Data).RootElement.GetProperty("source").GetString());
    }

    [Fact]
    public async Task Timeline_UnknownLead_IsEmpty()
    {
        var timeline = await new LeadsQueries(db.DataSource).LeadTimelineAsync(["timeline"], "nobody");

        Assert.Empty(timeline);
    }
}
