using Bunit;
using ExecutivePage = JorgeBi.Web.Components.Pages.Executive.Executive;
using JorgeBi.Core.Company;
using JorgeBi.Core.Executive;
using JorgeBi.Core.Funnel;
using JorgeBi.Core.Insights;
using JorgeBi.Core.Kpis;
using JorgeBi.Core.Live;
using JorgeBi.Web.Answers;
using JorgeBi.Web.Components.Charts;
using JorgeBi.Web.Components.Pages.Executive;
using JorgeBi.Web.Components.Shared;
using JorgeBi.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Tests.Web.Executive;

/// <summary>The page over the real Core services fed by hand-made aggregates, in the <see cref="PageScene"/>.</summary>
public sealed class ExecutivePageTests : MudTestContext
{
    private static readonly LocationInfo Location = PageScene.Location;
    private static readonly ManualClock Clock = new(PageScene.Now);
    private static readonly Period Current = PageScene.DefaultPeriod;

    private static readonly KpiAggregates Now = new()
    {
        TotalLeads = 1_250,
        QualifiedLeads = 410,
        LeadsByTemperature = new Dictionary<string, long> { ["hot"] = 180, ["warm"] = 300, ["lukewarm"] = 270, ["cold"] = 300, ["ice_cold"] = 200 },
        Appointments = 96,
        DealsClosed = 55,
        Revenue = 41_250_000m,
        Commission = 2_475_000m,
        Interactions = 20_000,
        Successes = 18_950,
        ProcessingMsSum = 600_000,
        P95ResponseMs = 61,
        MlP95ResponseMs = 26.2,
        Pipeline = [new PipelineStage("offer", 4, 3_000_000m, 0, 3_000_000m), new PipelineStage("shown", 2, 1_500_000m, 600_000m, 0)],
    };

    private static readonly KpiAggregates Before = Now with { TotalLeads = 1_000, DealsClosed = 60, Commission = 2_700_000m, Successes = 19_100 };
    private static readonly KpiAggregates Month = new() { Commission = 82_500m };

    public ExecutivePageTests()
    {
        var locations = new FakeLocationSource(Location);
        Services.AddSingleton<ILocationSource>(locations);
        var kpis = new FakeKpiSource(Current, Now, Before, Month);
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddSingleton(new LiveUpdates(Clock));
        Services.AddSingleton(new ExecutiveKpiService(kpis, new FakeTrendSource([new TrendBucket(Current.Start, Now)]), locations, Clock));
        Services.AddSingleton(new FunnelService(new FakeFunnelSource(
            new FunnelCounts { LeadsCreated = 1_250, Qualified = 380, WithAppointment = 90, DealQualified = 80, DealShown = 70, DealOffer = 62, DealUnderContract = 58, DealClosed = 41 },
            new DealStagesEntered { Qualified = 85, Shown = 72, Offer = 60, UnderContract = 57 }), kpis));
        Services.AddSingleton(new InsightService(new FakeInsightSource([new BotStats("jorge-seller", 2_000, 1_700, 0.94, 50, 40, 10)]), kpis, locations, Clock));
        Services.AddSingleton(sp => new CompanyKpiService(sp.GetRequiredService<ExecutiveKpiService>(), new FakeSpeedToLead()));
        Services.AddScoped<DashboardFilters>();
    }

    public static TheoryData<string> CardNames => [.. ExecutiveCards.All.Select(c => c.Name).Where(n => n != Kpi.CommissionTargetProgress)];

    [Theory]
    [MemberData(nameof(CardNames))]
    public void Card_ShowsWhatKpiCalculatorComputesForTheAggregates(string name)
    {
        var cut = RenderPage();

        // The API answers with ExecutiveKpiService too; both rest on KpiCalculator.
        var expected = Formats.KpiValue(name, KpiCalculator.Compute(Now, Location.CommissionRate)[name]);
        Assert.Equal(expected, cut.Find($"[data-testid='kpi-{name}']").TextContent.Trim());
    }

    [Fact]
    public void Page_ShowsOneCardPerKpiWithHandCheckedNumbers()
    {
        var cut = RenderPage();

        Assert.Equal(ExecutiveCards.All.Count, cut.FindAll("a.kpi-card").Count);
        Assert.Equal("1,250", Text(cut, "kpi-total_leads"));
        Assert.Equal("180", Text(cut, "kpi-hot_leads"));
        Assert.Equal("4.4 %", Text(cut, "kpi-conversion_rate"));
        Assert.Equal("94.8 %", Text(cut, "kpi-bot_success_rate"));
        Assert.Equal("26.2 ms", Text(cut, "kpi-ml_response_time_ms"));
        Assert.Equal("$2,475,000", Text(cut, "kpi-jorge_commission"));
        Assert.Equal("$4,500,000", Text(cut, "kpi-pipeline_value"));
        // (600,000 + 0.5 x 3,000,000) x 6 %
        Assert.Equal("$126,000", Text(cut, "kpi-weighted_pipeline_commission"));
        // June so far: 82,500 of 150,000.
        Assert.Equal(Formats.KpiValue(Kpi.CommissionTargetProgress, MonthPace.Progress(Month.Commission, Location.MonthlyCommissionTarget)), Text(cut, "kpi-commission_target_progress"));
        Assert.Equal("55.0 %", Text(cut, "kpi-commission_target_progress"));
    }

    [Fact]
    public void Cards_ShowChangesAndTargetVerdicts()
    {
        var cut = RenderPage();

        Assert.Equal("up", cut.Find("[data-testid='change-total_leads']").GetAttribute("data-direction"));
        Assert.Contains("+25.0 %", Text(cut, "change-total_leads"));
        Assert.Contains("kpi-card--on-track", cut.Find("[data-testid='card-conversion_rate']").ClassList);
        Assert.Contains("kpi-card--on-track", cut.Find("[data-testid='card-bot_success_rate']").ClassList);
        Assert.Contains("kpi-card--at-risk", cut.Find("[data-testid='card-ml_response_time_ms']").ClassList);
        Assert.Contains("Target < 25 ms", cut.Find("[data-testid='card-ml_response_time_ms']").TextContent);
        Assert.NotNull(cut.Find("[data-testid='commission-progress']"));
    }

    [Fact]
    public void Cards_LinkToTheirDrillDownKeepingTheFilters()
    {
        var cut = RenderPage("?timeframe=7d");

        Assert.Equal("/leads?timeframe=7d&component=leads&metric=total_leads", cut.Find("[data-testid='card-total_leads']").GetAttribute("href"));
        Assert.Equal("/leads?timeframe=7d&component=leads&metric=total_leads&temperature=hot", cut.Find("[data-testid='card-hot_leads']").GetAttribute("href"));
        Assert.Equal("/leads?timeframe=7d&component=bots&metric=p95_response_time_ms&bot_id=intent-decoder", cut.Find("[data-testid='card-ml_response_time_ms']").GetAttribute("href"));
    }

    [Fact]
    public async Task TemperatureSlice_OpensTheLeadsOfThatTemperature()
    {
        var cut = RenderPage();

        await cut.InvokeAsync(() => Chart(cut, "chart-temperature").NotifyDataPointSelected(0, 0, "Hot"));

        Assert.EndsWith("/leads?component=leads&temperature=hot", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public void Funnel_ByDefault_ShowsThePeriodInPipelineOrder_EqualToTheCards()
    {
        var cut = RenderPage();

        Assert.Equal("period", cut.Find("[data-testid='funnel']").GetAttribute("data-view"));
        Assert.Equal(
            $"Funnel, In the period: Leads {Text(cut, "kpi-total_leads")}, Qualified leads {Text(cut, "kpi-qualified_leads")}, " +
            $"Appointments {Text(cut, "kpi-appointments_scheduled")}, Deals qualified 85, Deals shown 72, Offers 60, " +
            $"Under contract 57, Deals closed {Text(cut, "kpi-deals_closed")}",
            Text(cut, "funnel-summary"));
    }

    [Fact]
    public void Funnel_CohortButton_SwitchesToTheLabelledCohort()
    {
        var cut = RenderPage();

        cut.Find("[data-testid='funnel-view-cohort']").Click();

        Assert.Equal("cohort", cut.Find("[data-testid='funnel']").GetAttribute("data-view"));
        Assert.StartsWith("Cohort: the leads created in the period", Text(cut, "funnel-description"));
        Assert.Equal("Funnel, Cohort: Leads 1,250, Qualified leads 380, Appointments 90, Deals qualified 80, Deals shown 70, " +
            "Offers 62, Under contract 58, Deals closed 41", Text(cut, "funnel-summary"));
    }

    [Fact]
    public async Task FunnelClosedBar_InThePeriod_OpensTheDealsOfTheCard()
    {
        var cut = RenderPage();

        await cut.InvokeAsync(() => Chart(cut, "chart-funnel").NotifyDataPointSelected(0, 7, "Deals closed"));

        Assert.EndsWith("/leads?component=revenue&metric=deals_closed", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public async Task FunnelBar_InTheCohort_OpensTheCohortsDealsAtThatStage()
    {
        var cut = RenderPage();
        cut.Find("[data-testid='funnel-view-cohort']").Click();

        await cut.InvokeAsync(() => Chart(cut, "chart-funnel").NotifyDataPointSelected(0, 5, "Offers"));

        Assert.EndsWith("/leads?component=conversion&metric=deals_closed&stage=offer", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public void Page_RendersTheChartsInsightsAndPrintButton()
    {
        var cut = RenderPage();

        foreach (var id in new[] { "chart-trend", "chart-funnel", "chart-temperature", "print-report" })
        {
            Assert.NotNull(cut.Find($"[data-testid='{id}']"));
        }
        var insight = cut.Find("[data-testid='insight-0']");
        Assert.Equal(InsightTypes.BotBelowTarget, insight.GetAttribute("data-insight-type"));
    }

    [Fact]
    public void PrintButton_OpensThePrintDialog()
    {
        var cut = RenderPage();

        var module = JSInterop.SetupModule(ExecutivePage.ModulePath);
        module.SetupVoid("printReport").SetVoidResult();

        cut.Find("[data-testid='print-report']").Click();

        module.VerifyInvoke("printReport");
    }

    private IRenderedComponent<ExecutivePage> RenderPage(string query = "")
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/" + query);
        var cut = Render<ExecutivePage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid='kpi-total_leads']")));
        return cut;
    }

    private static ApexChart Chart(IRenderedComponent<ExecutivePage> cut, string testId) =>
        cut.FindComponents<ApexChart>().Single(c => c.Instance.TestId == testId).Instance;

    private static string Text(IRenderedComponent<ExecutivePage> cut, string testId) =>
        cut.Find($"[data-testid='{testId}']").TextContent.Trim();
}
