using System.Net.Sockets;
using Bunit;
using JorgeBi.Web.Components.Shared;
using Npgsql;

namespace JorgeBi.Tests.Web.Shared;

public sealed class PageErrorTests : MudTestContext
{
    [Fact]
    public void DatabaseOutage_ShowsDataUnavailableBanner_AndRetries()
    {
        var retried = false;
        var cut = Render<PageError>(p => p
            .Add(c => c.Error, new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)))
            .Add(c => c.OnRetry, () => retried = true));

        Assert.Contains("Data temporarily unavailable", cut.Find("[data-testid='data-unavailable']").TextContent);
        cut.Find("[data-testid='page-error-retry']").Click();
        Assert.True(retried);
    }

    [Fact]
    public void OtherFailure_ShowsFriendlyErrorWithoutDetails()
    {
        var cut = Render<PageError>(p => p.Add(c => c.Error, new InvalidOperationException("secret internals")));

        Assert.Empty(cut.FindAll("[data-testid='data-unavailable']"));
        Assert.DoesNotContain("secret internals", cut.Markup);
        Assert.NotNull(cut.Find("[data-testid='page-error']"));
    }
}
