using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using JorgeBi.Core.Demo;
using JorgeBi.Core.Events;

namespace JorgeBi.Tests.Core.Demo;

public class DemoDataGeneratorDeterminismTests
{
    [Fact]
    public void Generate_SameOptionsTwice_YieldsIdenticalEventsAndIds()
    {
        var again = DemoDataGenerator.Generate(DemoSample.Options with { }).ToList();

        Assert.Equal(DemoSample.Events.Select(e => e.Id), again.Select(e => e.Id));
        Assert.Equal(Fingerprint(DemoSample.Events), Fingerprint(again));
    }

    [Fact]
    public void Generate_DifferentSeed_YieldsDifferentEventsAndIds()
    {
        var other = DemoDataGenerator.Generate(DemoSample.Options with { Seed = 43 }).ToList();

        Assert.NotEqual(Fingerprint(DemoSample.Events), Fingerprint(other));
        Assert.Empty(other.Select(e => e.Id).Intersect(DemoSample.Events.Select(e => e.Id)));
    }

    [Fact]
    public void Generate_DemoScale_EventIdsAreUniqueVersion8Uuids()
    {
        Assert.Equal(DemoSample.Events.Count, DemoSample.Events.Select(e => e.Id).Distinct().Count());
        Assert.All(DemoSample.Events.Take(1000), e => Assert.Equal(8, e.Id.Version));
    }

    /// <summary>A hash over every field of every event, in order.</summary>
    private static string Fingerprint(IEnumerable<BiEvent> events)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var e in events)
        {
            var line = $"{e.Id}|{e.Type}|{e.OccurredAt:O}|{e.LocationId}|{e.LeadId}|{JsonSerializer.Serialize(e.Data, e.Data.GetType())}\n";
            hash.AppendData(Encoding.UTF8.GetBytes(line));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
