using Bunit;
using Microsoft.AspNetCore.Components;
using JorgeBi.Core.Commissions;
using JorgeBi.Web.Components.Pages.Commissions;

namespace JorgeBi.Tests.Web.Commissions;

public sealed class CommissionSummaryTests : MudTestContext
{
    [Fact]
    public void Render_Statement_ShowsTotalsAndProgressAgainstTargets()
    {
        var statement = new CommissionStatement([],
            new CommissionTotals(3, 1_650_345.67, 94_897.28),
            new TargetProgress(75_000m, 150_000m, 0.5, 0.25),
            new TargetProgress(360_000m, 1_800_000m, 0.2, 0.4));

        var cut = Render<CommissionSummary>(p => p.Add(c => c.Statement, statement));

        Assert.Equal("3", Text(cut, "commission-total-deals"));
        Assert.Equal("$1,650,346", Text(cut, "commission-total-revenue"));
        Assert.Equal("$94,897", Text(cut, "commission-total-commission"));
        Assert.Equal("$75,000", Text(cut, "commission-mtd-value"));
        Assert.Equal("50.0 % of $150,000 · 25.0 % of the month passed", Text(cut, "commission-mtd-progress"));
        Assert.Equal("20.0 % of $1,800,000 · 40.0 % of the year passed", Text(cut, "commission-ytd-progress"));
        var bars = cut.FindAll("[role='progressbar']");
        Assert.Equal(2, bars.Count);
        Assert.Equal("50", bars[0].GetAttribute("aria-valuenow"));
        Assert.Equal("Month to date: 50.0 % of target", bars[0].GetAttribute("aria-label"));
    }

    [Fact]
    public void Render_AboveTarget_BarStopsAtFullButTextSaysHowFar()
    {
        var over = new TargetProgress(300_000m, 150_000m, 2.0, 0.5);
        var cut = Render<TargetProgressCard>(p => p
            .Add(c => c.Title, "Month to date").Add(c => c.TestId, "commission-mtd").Add(c => c.Span, "month").Add(c => c.Progress, over));

        Assert.Equal("100", cut.Find("[role='progressbar']").GetAttribute("aria-valuenow"));
        Assert.StartsWith("200.0 % of $150,000", Text(cut, "commission-mtd-progress"));
    }

    [Fact]
    public void Render_NoTarget_SaysSoInsteadOfABar()
    {
        var cut = Render<TargetProgressCard>(p => p
            .Add(c => c.Title, "Month to date").Add(c => c.TestId, "commission-mtd").Add(c => c.Span, "month")
            .Add(c => c.Progress, new TargetProgress(1_000m, 0m, null, 0.5)));

        Assert.Empty(cut.FindAll("[role='progressbar']"));
        Assert.Equal("No target set for this location.", Text(cut, "commission-mtd-progress"));
    }

    private static string Text(IRenderedComponent<IComponent> cut, string testId) => cut.Find($"[data-testid='{testId}']").TextContent.Trim();

    private static string Text<T>(IRenderedComponent<T> cut, string testId) where T : IComponent =>
        System.Text.RegularExpressions.Regex.Replace(cut.Find($"[data-testid='{testId}']").TextContent.Trim(), @"\s+", " ");
}
