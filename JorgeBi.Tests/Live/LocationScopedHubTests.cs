using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using JorgeBi.Core.Access;
using JorgeBi.Data.Access;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Tests.Live;

/// <summary>
/// The live hub for a key limited to one location: it joins only that location's group, so it hears nothing of the others;
/// and for a key joining "all": every location it may see, none other.
/// </summary>
public sealed class LocationScopedHubTests(ApiFactory app) : IClassFixture<ApiFactory>
{
    private const string Own = "north";
    private const string Other = "default";

    [Fact]
    public async Task ScopedKey_JoinsItsLocation_AnotherIsRefusedLikeAnUnknownOne()
    {
        await PostAsync(Own);
        // The location exists once its first event is applied.
        await AppliedLog.WaitUntilCaughtUpAsync(app.Services.GetRequiredService<Npgsql.NpgsqlDataSource>());
        await using var hub = await HubClient.ConnectAsync(app, await KeyAsync(LocationGrant.Only([Own])));

        var snapshot = await hub.InvokeAsync<JsonElement>("JoinLocation", Own);
        var other = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<JsonElement>("JoinLocation", Other));
        var unknown = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<JsonElement>("JoinLocation", "no-such-office"));

        Assert.True(snapshot.TryGetProperty("today", out _));
        Assert.Equal(unknown.Message.Replace("no-such-office", "?"), other.Message.Replace(Other, "?"));
    }

    [Fact]
    public async Task ScopedConnection_ReceivesItsLocationsEvents_NeverAnothers()
    {
        await PostAsync(Own);
        await AppliedLog.WaitUntilCaughtUpAsync(app.Services.GetRequiredService<Npgsql.NpgsqlDataSource>());
        await using var scoped = await HubClient.ConnectAsync(app, await KeyAsync(LocationGrant.Only([Own])));
        await using var everywhere = await HubClient.ConnectAsync(app, await KeyAsync(LocationGrant.All));
        var heardScoped = Listen(scoped);
        var heardEverywhere = Listen(everywhere);
        await scoped.InvokeAsync<JsonElement>("JoinLocation", Own);
        await everywhere.InvokeAsync<JsonElement>("JoinLocation", Own);
        await everywhere.InvokeAsync<JsonElement>("JoinLocation", Other);
        // The refused join leaves no membership behind.
        await Assert.ThrowsAsync<HubException>(() => scoped.InvokeAsync<JsonElement>("JoinLocation", Other));

        var otherEvent = await PostAsync(Other);
        var ownEvent = await PostAsync(Own);

        // Once the unscoped connection heard both, the other location's event has been sent to its group.
        await WaitForAsync(() => heardEverywhere.ContainsKey(otherEvent) && heardEverywhere.ContainsKey(ownEvent));
        await WaitForAsync(() => heardScoped.ContainsKey(ownEvent));
        Assert.False(heardScoped.ContainsKey(otherEvent));
        Assert.All(heardScoped.Values, location => Assert.Equal(Own, location));
    }

    [Fact]
    public async Task AllLocationsSubscriber_OfAKeyOfTwoLocations_HearsBothOfficesEventsAndMetrics_NeverAThirds()
    {
        const string second = "east";
        await PostAsync(Own);
        await PostAsync(second);
        await AppliedLog.WaitUntilCaughtUpAsync(app.Services.GetRequiredService<Npgsql.NpgsqlDataSource>());
        await using var company = await HubClient.ConnectAsync(app, await KeyAsync(LocationGrant.Only([Own, second])));
        await using var everywhere = await HubClient.ConnectAsync(app, await KeyAsync(LocationGrant.All));
        var heardCompany = Listen(company);
        var heardEverywhere = Listen(everywhere);
        var metrics = 0;
        company.On<JsonElement>("metrics", m => { if (m.TryGetProperty("today", out _)) Interlocked.Increment(ref metrics); });
        var snapshot = await company.InvokeAsync<JsonElement>("JoinLocation", "all");
        foreach (var location in new[] { Own, second, Other }) await everywhere.InvokeAsync<JsonElement>("JoinLocation", location);

        var otherEvent = await PostAsync(Other);
        var ownEvent = await PostAsync(Own);
        var secondEvent = await PostAsync(second);

        // Once the unscoped connection heard all three, the other location's event has been sent to its listeners.
        await WaitForAsync(() => heardEverywhere.ContainsKey(otherEvent) && heardEverywhere.ContainsKey(ownEvent) && heardEverywhere.ContainsKey(secondEvent));
        await WaitForAsync(() => heardCompany.ContainsKey(ownEvent) && heardCompany.ContainsKey(secondEvent));
        await WaitForAsync(() => Volatile.Read(ref metrics) > 0);
        Assert.True(snapshot.TryGetProperty("today", out _));
        Assert.False(heardCompany.ContainsKey(otherEvent));
        Assert.Equal(new[] { Own, second }.Order(), heardCompany.Values.Distinct().Order());
    }

    [Fact]
    public async Task AllLocationsSubscriber_AfterLeavingAll_HearsNothingMore()
    {
        await PostAsync(Own);
        await AppliedLog.WaitUntilCaughtUpAsync(app.Services.GetRequiredService<Npgsql.NpgsqlDataSource>());
        await using var company = await HubClient.ConnectAsync(app, await KeyAsync(LocationGrant.Only([Own])));
        await using var witness = await HubClient.ConnectAsync(app, await KeyAsync(LocationGrant.Only([Own])));
        var heardCompany = Listen(company);
        var heardWitness = Listen(witness);
        await company.InvokeAsync<JsonElement>("JoinLocation", "all");
        await witness.InvokeAsync<JsonElement>("JoinLocation", Own);

        await company.InvokeAsync("LeaveLocation", "all");
        var ownEvent = await PostAsync(Own);

        await WaitForAsync(() => heardWitness.ContainsKey(ownEvent));
        Assert.Empty(heardCompany);
    }

    private static ConcurrentDictionary<Guid, string> Listen(HubConnection hub)
    {
        var heard = new ConcurrentDictionary<Guid, string>();
        hub.On<JsonElement>("event", e => heard[e.GetProperty("event_id").GetGuid()] = e.GetProperty("location_id").GetString()!);
        return heard;
    }

    private async Task<string> KeyAsync(LocationGrant locations) =>
        (await app.Services.GetRequiredService<ApiKeyStore>().CreateAsync("hub", [ApiKeyScopes.BiRead], locations)).Key;

    private async Task<Guid> PostAsync(string locationId)
    {
        var id = Guid.NewGuid();
        var body = new JsonObject
        {
            ["id"] = id.ToString(), ["type"] = "lead.created", ["occurredAt"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            ["locationId"] = locationId, ["leadId"] = "lead-" + id.ToString("N")[..8], ["data"] = new JsonObject { ["source"] = "website", ["leadType"] = "seller" },
        };
        var writer = await app.ClientWithScopesAsync(ApiKeyScopes.EventsWrite);
        (await writer.PostAsync("/api/events", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        return id;
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (!condition()) await Task.Delay(20, timeout.Token);
    }
}
