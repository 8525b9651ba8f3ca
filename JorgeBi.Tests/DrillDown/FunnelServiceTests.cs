using JorgeBi.Core.Funnel;
using JorgeBi.Data.Funnel;
using JorgeBi.Tests.Support;

namespace JorgeBi.Tests.DrillDown;

public sealed class FunnelServiceTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Funnel_HandMadeDay_CountsTheCohortByFurthestStage()
    {
        var location = await DrillFixture.IngestAsync(db, "funnel-day");

        var stages = await new FunnelService(new FunnelQueries(db.DataSource)).ForPeriodAsync(location, DrillFixture.ThePeriod);

        // L0 was created the day before: its qualification and deal are not the cohort's.
        // d1 reached offer then closed (past every stage), d2 closed from qualified, d3 was
        // shown then lost; d4 opens only after the period.
        Assert.Equal(
            [(FunnelService.LeadsCreated, 7L), (FunnelService.Qualified, 2L), (FunnelService.Appointment, 2L),
             (FunnelService.DealQualified, 3L), (FunnelService.DealShown, 3L), (FunnelService.DealOffer, 2L),
             (FunnelService.DealUnderContract, 2L), (FunnelService.DealClosed, 2L)],
            stages.Select(s => (s.Stage, s.Leads)));
        Assert.Null(stages[0].ConversionFromPrevious);
        Assert.Equal(2.0 / 7, stages[1].ConversionFromPrevious!.Value, 1e-12);
        Assert.Equal(1.5, stages[3].ConversionFromPrevious!.Value, 1e-12);
    }

    [Fact]
    public void Stages_AfterAnEmptyStage_HaveNoConversion()
    {
        var stages = FunnelService.Stages(new FunnelCounts { LeadsCreated = 4 });

        Assert.Equal(0.0, stages[1].ConversionFromPrevious);
        Assert.All(stages.Skip(2), s => Assert.Null(s.ConversionFromPrevious));
    }
}
