using JorgeBi.Core.Export;
using JorgeBi.Core.Funnel;
using JorgeBi.Core.Kpis;
using JorgeBi.Core.Leads;
using JorgeBi.Data.Funnel;
using JorgeBi.Data.Kpis;
using JorgeBi.Tests.Leads;

namespace JorgeBi.Tests.Funnel;

public sealed class FunnelServiceTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    private FunnelService Service() => Services.Funnel(db.DataSource);

    private static readonly string[] PipelineOrder =
    [
        FunnelService.LeadsCreated, FunnelService.Qualified, FunnelService.Appointment, FunnelService.DealQualified,
        FunnelService.DealShown, FunnelService.DealOffer, FunnelService.DealUnderContract, FunnelService.DealClosed,
    ];

    [Fact]
    public async Task Cohort_HandMadeDay_CountsTheCohortByFurthestStage()
    {
        var location = await DrillFixture.IngestAsync(db, "funnel-day");

        var stages = (await Service().ForPeriodAsync(location, DrillFixture.ThePeriod)).Cohort;

        // L0 was created the day before: its qualification and deal are not the cohort's.
        // d1 reached offer then closed (past every stage), d2 closed from qualified, d3 was
        // shown then lost; d4 opens only after the period.
        Assert.Equal(
            [(FunnelService.LeadsCreated, 7L), (FunnelService.Qualified, 2L), (FunnelService.Appointment, 2L),
             (FunnelService.DealQualified, 3L), (FunnelService.DealShown, 3L), (FunnelService.DealOffer, 2L),
             (FunnelService.DealUnderContract, 2L), (FunnelService.DealClosed, 2L)],
            stages.Select(s => (s.Stage, s.Count)));
        Assert.Null(stages[0].ConversionFromPrevious);
        Assert.Equal(2.0 / 7, stages[1].ConversionFromPrevious!.Value, 1e-12);
        Assert.Equal(1.5, stages[3].ConversionFromPrevious!.Value, 1e-12);
    }

    [Fact]
    public async Task Period_HandMadeDay_CountsWhatHappenedInThePeriod_InPipelineOrder()
    {
        var location = await DrillFixture.IngestAsync(db, "funnel-period");

        var stages = (await Service().ForPeriodAsync(location, DrillFixture.ThePeriod)).Period;

        // L0..L3 qualified on the day (L0 counts: the event is in the period); d1, d2 entered
        // qualified, d3 shown, d1 offer; d0 went under contract the day before but closed on
        // the day, with d1 and d2; d4 only moves the next day.
        Assert.Equal(
            [(FunnelService.LeadsCreated, 7L), (FunnelService.Qualified, 3L), (FunnelService.Appointment, 2L),
             (FunnelService.DealQualified, 2L), (FunnelService.DealShown, 1L), (FunnelService.DealOffer, 1L),
             (FunnelService.DealUnderContract, 0L), (FunnelService.DealClosed, 3L)],
            stages.Select(s => (s.Stage, s.Count)));
        Assert.All(stages, s => Assert.Null(s.ConversionFromPrevious));
    }

    [Fact]
    public async Task Period_ReconcilesWithTheKpiCards()
    {
        var location = await DrillFixture.IngestAsync(db, "funnel-cards");

        var stages = (await Service().ForPeriodAsync(location, DrillFixture.ThePeriod)).Period.ToDictionary(s => s.Stage, s => (double?)s.Count);
        var cards = (await Services.Executive(db.DataSource, TimeProvider.System).GetAsync(location, DrillFixture.ThePeriod, includeTrends: false)).Metrics;

        Assert.Equal(cards[Kpi.TotalLeads], stages[FunnelService.LeadsCreated]);
        Assert.Equal(cards[Kpi.QualifiedLeads], stages[FunnelService.Qualified]);
        Assert.Equal(cards[Kpi.AppointmentsScheduled], stages[FunnelService.Appointment]);
        Assert.Equal(cards[Kpi.DealsClosed], stages[FunnelService.DealClosed]);
    }

    [Fact]
    public async Task BothViews_StagesInPipelineOrder()
    {
        var location = await DrillFixture.IngestAsync(db, "funnel-order");

        var funnel = await Service().ForPeriodAsync(location, DrillFixture.ThePeriod);

        foreach (var view in FunnelView.All) Assert.Equal(PipelineOrder, funnel.In(view).Select(s => s.Stage));
    }

    [Fact]
    public async Task Csv_WritesBothViews_Labelled()
    {
        var location = await DrillFixture.IngestAsync(db, "funnel-csv");
        var writer = new StringWriter();

        var reports = Services.SummaryCsv(db.DataSource, TimeProvider.System);
        Assert.True(await reports.WriteAsync(SummaryCsvReports.Funnel, location, DrillFixture.ThePeriod, writer, default));

        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("view,stage,count,conversion_from_previous", lines[0]);
        Assert.Contains("period,deal_closed,3,", lines);
        Assert.Contains("cohort,deal_closed,2,1", lines);
    }

    [Fact]
    public void Cohort_AfterAnEmptyStage_HasNoConversion()
    {
        var stages = FunnelService.CohortStages(new FunnelCounts { LeadsCreated = 4 });

        Assert.Equal(0.0, stages[1].ConversionFromPrevious);
        Assert.All(stages.Skip(2), s => Assert.Null(s.ConversionFromPrevious));
    }
}
