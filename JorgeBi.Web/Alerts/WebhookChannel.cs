using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using JorgeBi.Web.Api;
using Microsoft.Extensions.Options;

namespace JorgeBi.Web.Alerts;

/// <summary>
/// POSTs the message as JSON with X-JorgeBi-Signature: sha256=&lt;hex HMAC-SHA256 of the exact
/// body bytes keyed with the target's secret&gt;, so a receiver can tell it came from here.
/// Any answer but 2xx is a failure.
/// </summary>
public sealed class WebhookChannel(HttpClient http, IOptionsMonitor<AlertChannelOptions> options)
{
    public const string SignatureHeader = "X-JorgeBi-Signature";

    public static string Sign(byte[] body, string secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    public async Task SendAsync(string url, AlertMessage message, CancellationToken ct)
    {
        var secret = options.CurrentValue.Webhooks.FirstOrDefault(w => w.Url == url)?.Secret ?? "";
        var body = JsonSerializer.SerializeToUtf8Bytes(message, ApiJsonContext.Default.AlertMessage);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(SignatureHeader, Sign(body, secret));
        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"{url} answered {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
    }
}
