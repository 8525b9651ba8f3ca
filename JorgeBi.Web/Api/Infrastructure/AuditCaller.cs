namespace JorgeBi.Web.Api.Infrastructure;

/// <summary>Who an admin-key or owner request is, as the audit log records it.</summary>
public static class AuditCaller
{
    /// <summary>The signed-in name, or "api" for a request that carries a key and no name.</summary>
    public static string Actor(HttpRequest http) => http.HttpContext.User.Identity?.Name ?? "api";

    public static string? RemoteIp(HttpRequest http) => http.HttpContext.Connection.RemoteIpAddress?.ToString();
}
