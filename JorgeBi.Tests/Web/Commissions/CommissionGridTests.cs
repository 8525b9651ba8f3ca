using Bunit;
using JorgeBi.Core.Commissions;
using JorgeBi.Core.Kpis;
using JorgeBi.Web.Components.Pages.Commissions;

namespace JorgeBi.Tests.Web.Commissions;

/// <summary>The closed-deals grid of one office, and of several: then each deal names its office and is dated in that office's zone.</summary>
public sealed class CommissionGridTests : MudTestContext
{
    private static readonly LocationInfo LosAngeles = new("la", "Los Angeles", "America/Los_Angeles", 0.06m, 150_000m);
    private static readonly LocationInfo NewYork = new("ny", "New York", "America/New_York", 0.05m, 100_000m);

    // The same instant: 21:00 in Los Angeles, midnight in New York.
    private static readonly DateTimeOffset At = new(2026, 7, 1, 4, 0, 0, TimeSpan.Zero);

    private static ClosedDeal Deal(LocationInfo office, string id) =>
        new(office.LocationId, id, "lead-" + id, "agent-a", "zillow", 100_000m, office.CommissionRate, 100_000m * office.CommissionRate, At);

    [Fact]
    public void SeveralOffices_EachDealNamesItsOffice_AndIsDatedInItsZone()
    {
        var cut = Render<CommissionGrid>(p => p
            .Add(c => c.Deals, [Deal(LosAngeles, "d-la"), Deal(NewYork, "d-ny")])
            .Add(c => c.Offices, [LosAngeles, NewYork]));

        Assert.Equal(["Los Angeles", "New York"], cut.FindAll("[data-testid='commission-office']").Select(e => e.TextContent));
        var rows = cut.FindAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains("Jun 30, 2026 21:00", rows.Single(r => r.Contains("d-la")));
        Assert.Contains("Jul 1, 2026 00:00", rows.Single(r => r.Contains("d-ny")));
    }

    [Fact]
    public void OneOffice_HasNoOfficeColumn()
    {
        var cut = Render<CommissionGrid>(p => p
            .Add(c => c.Deals, [Deal(NewYork, "d-ny")])
            .Add(c => c.Offices, [NewYork]));

        Assert.Empty(cut.FindAll("[data-testid='commission-office']"));
        Assert.DoesNotContain(cut.FindAll("thead th"), th => th.TextContent.Contains("Office"));
        Assert.Contains("Jul 1, 2026 00:00", cut.Find("tbody tr").TextContent);
    }
}
