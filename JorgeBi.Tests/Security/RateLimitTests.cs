using System.Net;
using System.Text;
using JorgeBi.Data.Access;

namespace JorgeBi.Tests.Security;

/// <summary>
/// The api and ingest token buckets, made tiny (3 requests, one more a minute) so a burst
/// crosses them at once: over the limit comes 429 problem+json with Retry-After, per key.
/// </summary>
public sealed class RateLimitTests(RateLimitTests.Factory app) : IClassFixture<RateLimitTests.Factory>
{
    public sealed class Factory : ApiFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["RateLimiting:Api:TokenLimit"] = "3",
            ["RateLimiting:Api:TokensPerPeriod"] = "1",
            ["RateLimiting:Api:PeriodSeconds"] = "60",
            ["RateLimiting:Ingest:TokenLimit"] = "3",
            ["RateLimiting:Ingest:TokensPerPeriod"] = "1",
            ["RateLimiting:Ingest:PeriodSeconds"] = "60",
        };
    }

    [Fact]
    public async Task Ingest_BurstOverTheLimit_429WithRetryAfterAndProblemJson()
    {
        var client = await app.ClientWithScopesAsync(ApiKeyScopes.EventsWrite);

        var responses = await BurstAsync(() => client.PostAsync("/api/events", new StringContent("[]", Encoding.UTF8, "application/json")));

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest], responses.Take(3).Select(r => r.StatusCode));
        AssertTooManyRequests(responses.Skip(3));
    }

    [Fact]
    public async Task Api_BurstOverTheLimit_429WithRetryAfterAndProblemJson_OtherKeysUnaffected()
    {
        var greedy = await app.ClientWithScopesAsync(ApiKeyScopes.BiRead);
        var other = await app.ClientWithScopesAsync(ApiKeyScopes.BiRead);

        var responses = await BurstAsync(() => greedy.GetAsync("/api/bi/real-time-metrics"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], responses.Take(3).Select(r => r.StatusCode));
        AssertTooManyRequests(responses.Skip(3));
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/bi/real-time-metrics")).StatusCode);
    }

    private static async Task<List<HttpResponseMessage>> BurstAsync(Func<Task<HttpResponseMessage>> send)
    {
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++) responses.Add(await send());
        return responses;
    }

    private static void AssertTooManyRequests(IEnumerable<HttpResponseMessage> responses) => Assert.All(responses, r =>
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        Assert.InRange(r.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
    });
}
