using System.Globalization;
using Microsoft.AspNetCore.Components.Authorization;

namespace JorgeBi.Web.Components.Pages.Admin;

/// <summary>What the admin panels share: the actor written to the audit log, and instants shown in UTC (admin records have no location).</summary>
internal static class AdminFormats
{
    public static async Task<string> ActorAsync(Task<AuthenticationState>? state) =>
        state is null ? "unknown" : (await state).User.Identity?.Name ?? "unknown";

    public static string Utc(DateTime? at) =>
        at is { } t ? DateTime.SpecifyKind(t, DateTimeKind.Utc).ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "–";
}
