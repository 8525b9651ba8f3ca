using JorgeBi.Core.Access;

namespace JorgeBi.Tests.Core.Access;

public sealed class LocationGrantTests
{
    [Theory]
    [InlineData("all", "all")]
    [InlineData("south,north", "north,south")]
    [InlineData(" north , north ", "north")]
    public void Parse_ValidText_GivesTheSortedDistinctGrant(string text, string expected)
    {
        var grant = LocationGrant.Parse(text, out var error);

        Assert.Null(error);
        Assert.Equal(expected, grant!.ToString());
    }

    [Theory]
    [InlineData("", "Give 'all' or at least one location id.")]
    [InlineData("north,all", "'all' stands alone: it already means every location.")]
    [InlineData("North", "'North' is not a location id")]
    public void Parse_BadText_NamesTheMistake(string text, string message)
    {
        Assert.Null(LocationGrant.Parse(text, out var error));
        Assert.Contains(message, error);
    }

    [Fact]
    public void Only_AllowsItsLocations_AndDefaultsToTheFirstWhenDefaultIsNotAmongThem()
    {
        var grant = LocationGrant.Only(["south", "north"]);

        Assert.True(grant.Allows("north"));
        Assert.False(grant.Allows("default"));
        Assert.Equal("north", grant.DefaultLocation);
        Assert.Equal("default", LocationGrant.Only(["north", "default"]).DefaultLocation);
        Assert.Equal("default", LocationGrant.All.DefaultLocation);
    }

    [Fact]
    public void Column_RoundTrips_NullMeaningEveryLocation()
    {
        Assert.Null(LocationGrant.All.ToColumn());
        Assert.Equal(LocationGrant.All, LocationGrant.FromColumn(null));
        Assert.Equal(LocationGrant.Only(["b", "a"]), LocationGrant.FromColumn(["a", "b"]));
    }

    [Fact]
    public void Filter_KeepsTheAllowedInTheirOrder()
    {
        Assert.Equal(["c", "a"], LocationGrant.Only(["a", "c"]).Filter(["c", "b", "a"], id => id));
        Assert.Equal(["c", "b", "a"], LocationGrant.All.Filter(["c", "b", "a"], id => id));
    }
}
