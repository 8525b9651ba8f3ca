using Bunit;
using JorgeBi.Core.Settings;
using JorgeBi.Web.Components.Layout;
using JorgeBi.Web.Settings;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Tests.Web.Layout;

public sealed class RebucketBannerTests : MudTestContext
{
    private readonly RebucketMonitor _moves = new();

    public RebucketBannerTests() => Services.AddSingleton(_moves);

    [Fact]
    public void MoveOfTheLocationShown_BannerWithProgress_GoneWhenTheMoveEnds()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/?location_id=default");
        var cut = Render<RebucketBanner>();
        Assert.Empty(cut.FindAll("[data-testid='rebucket-banner']"));

        _moves.Update([Move("default", 0.42), Move("east-office", 0.9)]);
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid='rebucket-banner']")));
        var text = cut.Find("[data-testid='rebucket-banner']").TextContent;
        Assert.Contains("default is moving from America/Los_Angeles to America/New_York: 42.0 %.", text);
        Assert.Contains("Its numbers follow America/Los_Angeles days until the move is complete", text);

        _moves.Update([Move("east-office", 1.0)]);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid='rebucket-banner']")));
    }

    private static RebucketJob Move(string location, double progress) => new(
        location.Length, location, "America/Los_Angeles", "America/New_York", "ana", DateTimeOffset.UnixEpoch,
        RebucketStates.Running, DateTimeOffset.UnixEpoch, null, progress, null);
}
