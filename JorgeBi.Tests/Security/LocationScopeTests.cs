using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using JorgeBi.Core.Access;
using JorgeBi.Core.Events;
using JorgeBi.Data.Access;
using Microsoft.Extensions.DependencyInjection;

namespace JorgeBi.Tests.Security;

/// <summary>
/// Runs every row of <see cref="AccessMatrix.LocationRows"/> with a manager's session and API keys
/// limited to <see cref="AccessMatrix.ScopedLocation"/>: their own location answers, another one
/// answers exactly like a location that does not exist, and the table covers every page and
/// endpoint a manager or a key can open.
/// </summary>
public sealed partial class LocationScopeTests(LocationScopeTests.Factory app) : IClassFixture<LocationScopeTests.Factory>
{
    private const string Other = "default";
    private const string Unknown = "no-such-office";

    /// <summary>A lead of <see cref="Other"/> alone: every other example lead is in each location.</summary>
    private const string LeadOfOtherOnly = "lead-of-default-only";

    /// <summary>A location only <see cref="ScopedCaller.TwoLocationKey"/> may see besides <see cref="AccessMatrix.ScopedLocation"/>.</summary>
    private const string SecondLocation = "south";

    public sealed class Factory : ApiFactory
    {
        private const string Password = "scoped-password-long";
        private IReadOnlyDictionary<ScopedCaller, HttpClient>? _callers;

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["RateLimiting:Api:TokenLimit"] = "100000",
            ["RateLimiting:Ingest:TokenLimit"] = "100000",
            ["RateLimiting:Login:TokenLimit"] = "100000",
        };

        /// <summary>The example events in the other location and, under new ids, in the scoped one; then one client per scoped caller.</summary>
        public async Task<IReadOnlyDictionary<ScopedCaller, HttpClient>> CallersAsync()
        {
            if (_callers is not null) return _callers;
            var store = new AppliedEventStore(Services.GetRequiredService<Npgsql.NpgsqlDataSource>());
            var examples = ExampleEvents.Load();
            await store.IngestAsync(examples);
            await store.IngestAsync([.. examples.Select(e => e with { Id = Guid.NewGuid(), LocationId = AccessMatrix.ScopedLocation })]);
            await store.IngestAsync([.. examples.Select(e => e with { Id = Guid.NewGuid(), LocationId = SecondLocation })]);
            await store.IngestAsync([new BiEvent(Guid.NewGuid(), new DateTimeOffset(2026, 9, 1, 9, 0, 0, TimeSpan.Zero), Other, LeadOfOtherOnly,
                new LeadCreated("zillow", "buyer", null, null))]);

            var north = LocationGrant.Only([AccessMatrix.ScopedLocation]);
            await Services.GetRequiredService<UserStore>().AddAsync("north-manager", UserRoles.Manager, Password, north);
            var manager = BrowserlessLogin.Client(this);
            var login = await BrowserlessLogin.PostAsync(manager, "north-manager", Password);
            Assert.True(BrowserlessLogin.IsRedirectTo(login, "/"), $"sign-in: {(int)login.StatusCode}");
            return _callers = new Dictionary<ScopedCaller, HttpClient>
            {
                [ScopedCaller.Manager] = manager,
                [ScopedCaller.ReadKey] = await KeyedAsync(ApiKeyScopes.BiRead, north),
                [ScopedCaller.WriteKey] = await KeyedAsync(ApiKeyScopes.EventsWrite, north),
                [ScopedCaller.TwoLocationKey] = await KeyedAsync(ApiKeyScopes.BiRead, LocationGrant.Only([AccessMatrix.ScopedLocation, SecondLocation])),
            };
        }

        private async Task<HttpClient> KeyedAsync(string scope, LocationGrant locations)
        {
            var client = BrowserlessLogin.Client(this);
            var key = await Services.GetRequiredService<ApiKeyStore>().CreateAsync("scoped " + scope, [scope], locations);
            client.DefaultRequestHeaders.Authorization = new("Bearer", key.Key);
            return client;
        }
    }

    public static TheoryData<string> Requests() => [.. AccessMatrix.LocationRows.Select(r => r.Request)];

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task ScopedCaller_OwnLocationAnswers_AnotherAnswersLikeAnUnknownOne(string request)
    {
        var row = AccessMatrix.LocationRows.Single(r => r.Request == request);
        var client = (await app.CallersAsync())[row.Caller];

        var own = await client.SendAsync(Build(row, AccessMatrix.ScopedLocation));
        var other = await client.SendAsync(Build(row, Other));
        var unknown = await client.SendAsync(Build(row, Unknown));

        Assert.Equal(row.Allowed, (int)own.StatusCode);
        Assert.Equal(row.Refused, (int)other.StatusCode);
        Assert.Equal(row.Refused, (int)unknown.StatusCode);
        // Word for word the same apart from the id asked for (and a problem's trace id): nothing tells an existing office from a made-up one.
        Assert.Equal(other.Content.Headers.ContentType?.MediaType, unknown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Normalized(await unknown.Content.ReadAsStringAsync(), Unknown), Normalized(await other.Content.ReadAsStringAsync(), Other));
    }

    [Fact]
    public void LocationRows_CoverEveryPageAndEndpointAManagerOrKeyOpens()
    {
        var columns = new[] { "manager", "key bi:read", "key events:write" }.Select(c => AccessMatrix.Callers.ToList().IndexOf(c)).ToList();
        var open = AccessMatrix.Rows
            .Where(r => columns.Any(c => r.Outcomes[c].Status is >= 200 and < 300) && r.Pattern is not null)
            .Select(r => r.Request);

        var uncovered = open.Where(r => !AccessMatrix.WithoutLocation.ContainsKey(r) && AccessMatrix.LocationRows.All(l => l.MatrixRequest != r));

        Assert.Empty(uncovered);
        Assert.All(AccessMatrix.LocationRows, l => Assert.Contains(AccessMatrix.Rows, r => r.Request == l.MatrixRequest));
    }

    [Theory]
    [InlineData("GET /api/bi/export/deals.csv?from=2026-11-01&to=2026-11-30", ScopedCaller.ReadKey)]
    [InlineData("GET /export/deals.csv?from=2026-11-01&to=2026-11-30", ScopedCaller.Manager)]
    public async Task ScopedCaller_NamingNoLocation_GetsItsOwn(string request, ScopedCaller caller)
    {
        var client = (await app.CallersAsync())[caller];

        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, request.Split(' ')[1]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"jorgebi-deals-{AccessMatrix.ScopedLocation}-", response.Content.Headers.ContentDisposition?.FileName);
    }

    [Fact]
    public async Task ScopedManager_PageWithoutLocation_ShowsItsOwnLocationOnly()
    {
        var client = (await app.CallersAsync())[ScopedCaller.Manager];

        var page = await client.GetStringAsync("/");

        // One location: named, not offered as a menu; the other office's name appears nowhere.
        Assert.Equal(AccessMatrix.ScopedLocation, PickerText().Match(page).Groups[1].Value.Trim());
        Assert.DoesNotContain("Jorge Real Estate", page);
    }

    [GeneratedRegex("data-testid=\"location-picker\"[^>]*>([^<]*)<")]
    private static partial Regex PickerText();

    [GeneratedRegex("\"trace_id\":\"[^\"]*\"")]
    private static partial Regex TraceId();

    private static string Normalized(string body, string locationId) => TraceId().Replace(body, "").Replace(locationId, "{location}");

    private static HttpRequestMessage Build(LocationRow row, string locationId)
    {
        var request = new HttpRequestMessage(new HttpMethod(row.Method), row.Target.Replace("{location}", locationId));
        if (row.Body is { } body)
        {
            var json = body == "events" ? EventsFor(locationId) : body.Replace("{location}", locationId);
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }
        return request;
    }

    // The example events for the location, under new ids so each request stores them anew.
    private static string EventsFor(string locationId)
    {
        var events = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "events.json")))!.AsArray();
        foreach (var e in events)
        {
            e!["id"] = Guid.NewGuid().ToString();
            e["locationId"] = locationId;
        }
        return events.ToJsonString();
    }
}
