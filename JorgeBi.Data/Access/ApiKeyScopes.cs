namespace JorgeBi.Data.Access;

/// <summary>The scopes an API key can carry (API.md "Auth").</summary>
public static class ApiKeyScopes
{
    public const string BiRead = "bi:read";
    public const string EventsWrite = "events:write";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [BiRead, EventsWrite, Admin];
}
