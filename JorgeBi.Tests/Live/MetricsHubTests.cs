using System.Text;
using System.Text.Json;
using JorgeBi.Data.Access;
using JorgeBi.Web.Live;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Tests.Live;

/// <summary>External live consumers: SignalR hub with an API key, snapshot on join, then metrics and events.</summary>
public sealed class MetricsHubTests(ApiFactory app) : IClassFixture<ApiFactory>
{
    private Task<HubConnection> ConnectAsync(string key, string? origin = null) => HubClient.ConnectAsync(app, key, origin);

    private async Task<string> KeyAsync(params string[] scopes) =>
        (await app.Services.GetRequiredService<ApiKeyStore>().CreateAsync("hub", scopes)).Key;

    [Fact]
    public async Task Join_ThenPostEvent_ReceivesSnapshotThenMetricsAndTheEvent()
    {
        await using var hub = await ConnectAsync(await KeyAsync(ApiKeyScopes.BiRead));
        var eventReceived = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        var metricsReceived = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.On<JsonElement>("event", e => eventReceived.TrySetResult(e));
        hub.On<JsonElement>("metrics", m => metricsReceived.TrySetResult(m));

        var snapshot = await hub.InvokeAsync<JsonElement>("JoinLocation", "default");
        var id = Guid.NewGuid();
        var writer = await app.ClientWithScopesAsync(ApiKeyScopes.EventsWrite);
        var body = new System.Text.Json.Nodes.JsonObject
        {
            ["id"] = id.ToString(), ["type"] = "lead.created", ["occurredAt"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            ["locationId"] = "default", ["leadId"] = "lead-hub", ["data"] = new System.Text.Json.Nodes.JsonObject { ["source"] = "website", ["leadType"] = "seller" },
        };
        (await writer.PostAsync("/api/events", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();

        var received = await eventReceived.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var metrics = await metricsReceived.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(snapshot.TryGetProperty("today", out _));
        Assert.Equal(id, received.GetProperty("event_id").GetGuid());
        Assert.Equal("lead.created", received.GetProperty("type").GetString());
        Assert.False(received.TryGetProperty("data", out _));
        // Each message says how fresh its numbers are, and they include the event itself.
        Assert.True(received.GetProperty("data_as_of").GetProperty("seq").GetInt64() >= received.GetProperty("seq").GetInt64());
        Assert.True(metrics.TryGetProperty("today", out _));
        Assert.True(metrics.GetProperty("data_as_of").GetProperty("seq").GetInt64() >= received.GetProperty("seq").GetInt64());
        // One casing, as in every API answer.
        Assert.All(new[] { snapshot, received, metrics }, SnakeCaseNames.AssertEverywhere);
    }

    [Fact]
    public async Task Join_MakesTheLocationHeard_UntilLeftOrDisconnected()
    {
        var groups = app.Services.GetRequiredService<LocationHubGroups>();
        var key = await KeyAsync(ApiKeyScopes.BiRead);
        await using var first = await ConnectAsync(key);
        await using var second = await ConnectAsync(key);

        await first.InvokeAsync<JsonElement>("JoinLocation", "default");
        await second.InvokeAsync<JsonElement>("JoinLocation", "default");
        await first.InvokeAsync("LeaveLocation", "default");
        Assert.True(groups.IsHeard("default"));

        await second.StopAsync();
        // The server notices the closed connection asynchronously.
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (groups.IsHeard("default") && DateTime.UtcNow < deadline) await Task.Delay(20);
        Assert.False(groups.IsHeard("default"));
    }

    [Fact]
    public async Task KeyRevoked_ItsOpenConnectionIsClosedAtTheNextCheck_AnotherKeysStaysOpen()
    {
        var store = app.Services.GetRequiredService<ApiKeyStore>();
        var revoked = await store.CreateAsync("hub-revoked", [ApiKeyScopes.BiRead]);
        await using var doomed = await ConnectAsync(revoked.Key);
        await using var kept = await ConnectAsync(await KeyAsync(ApiKeyScopes.BiRead));
        await doomed.InvokeAsync<JsonElement>("JoinLocation", "default");
        await kept.InvokeAsync<JsonElement>("JoinLocation", "default");
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        doomed.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };

        Assert.True(await store.RevokeAsync(revoked.Info.ApiKeyId.ToString()));
        await app.Services.GetRequiredService<HubKeyRevalidation>().RevalidateAsync(CancellationToken.None);

        // Sooner than the key check's own cache (ApiKeyStore.VerifiedLifetime) would let a request notice.
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(HubConnectionState.Disconnected, doomed.State);
        Assert.Equal(HubConnectionState.Connected, kept.State);
        Assert.True((await kept.InvokeAsync<JsonElement>("JoinLocation", "default")).TryGetProperty("today", out _));
    }

    [Fact]
    public async Task Connect_WithoutReadScope_Refused()
    {
        await Assert.ThrowsAnyAsync<HttpRequestException>(async () => await ConnectAsync(await KeyAsync(ApiKeyScopes.EventsWrite)));
    }

    [Fact]
    public async Task Connect_FromForeignOrigin_Refused()
    {
        await Assert.ThrowsAnyAsync<HttpRequestException>(async () => await ConnectAsync(await KeyAsync(ApiKeyScopes.BiRead), "https://evil.example"));
    }

    [Fact]
    public async Task Join_MalformedLocation_HubError()
    {
        await using var hub = await ConnectAsync(await KeyAsync(ApiKeyScopes.BiRead));

        await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(() => hub.InvokeAsync<JsonElement>("JoinLocation", "Not A Location!"));
    }
}
