using System.Net.Http.Json;
using System.Text.Json;

namespace JorgeBi.Tests.Support;

/// <summary>
/// How a sender reads its own writes (API.md): the numbers include an accepted event once
/// an answer's data_as_of.seq reaches the seq its 202 carried.
/// </summary>
public static class ReadYourWrites
{
    public static async Task<long> SeqAsync(HttpResponseMessage accepted) =>
        (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("seq").GetInt64();

    /// <summary>GETs <paramref name="path"/> until its answer includes <paramref name="seq"/>; returns that response and its body.</summary>
    public static async Task<(HttpResponseMessage Response, JsonElement Body)> GetIncludingAsync(HttpClient client, string path, long seq)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var response = await client.GetAsync(path);
            // A location that arrived with the event is unknown (404) until it is applied.
            if (response.IsSuccessStatusCode)
            {
                var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                if (body.GetProperty("data_as_of").GetProperty("seq").GetInt64() >= seq) return (response, body);
            }
            Assert.True(DateTime.UtcNow < deadline, $"{path} did not include seq {seq} within 30 s");
            response.Dispose();
            await Task.Delay(10);
        }
    }
}
