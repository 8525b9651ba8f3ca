using System.Net;
using System.Text.RegularExpressions;

namespace JorgeBi.Tests.Support;

/// <summary>Signs in the way a browser does: GET /login for the antiforgery token and cookie, then POST the form.</summary>
public static partial class BrowserlessLogin
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string username, string password, string? returnUrl = null)
    {
        var page = await client.GetStringAsync("/login");
        var token = TokenPattern().Match(page).Groups[1].Value;
        var form = new Dictionary<string, string> { ["username"] = username, ["password"] = password, ["__RequestVerificationToken"] = token };
        if (returnUrl is not null) form["returnUrl"] = returnUrl;
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(form));
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see each 302.</summary>
    public static HttpClient Client(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> app) =>
        app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

    public static bool IsRedirectTo(HttpResponseMessage response, string pathStart) =>
        response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found
        && response.Headers.Location is { } location
        && (location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString).StartsWith(pathStart, StringComparison.Ordinal);
}
