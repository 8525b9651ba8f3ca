namespace JorgeBi.Data.Access;

/// <summary>How changes to accounts are written in the audit log, the same from the command line and the admin page.</summary>
public static class UserAudit
{
    public const string Add = "user.add";
    public const string Access = "user.access";
    public const string Password = "user.passwd";
    public const string Disable = "user.disable";
    public const string Enable = "user.enable";

    /// <summary>A new account's access: "manager; locations north,south".</summary>
    public static string Describe(AppUser user) => $"{user.Role}; locations {user.Locations}";

    /// <summary>What changed: "role viewer -> manager; locations all -> north".</summary>
    public static string Change(AppUser before, AppUser after) =>
        string.Join("; ", new[]
        {
            before.Role == after.Role ? null : $"role {before.Role} -> {after.Role}",
            before.Locations.Equals(after.Locations) ? null : $"locations {before.Locations} -> {after.Locations}",
        }.OfType<string>().DefaultIfEmpty("unchanged"));
}

/// <summary>How a new key is written in the audit log: its scopes, and its locations when limited ("bi:read; locations north").</summary>
public static class ApiKeyAudit
{
    public static string Describe(ApiKeyInfo key) =>
        string.Join(",", key.Scopes) + (key.Locations.IsAll ? "" : $"; locations {key.Locations}");
}
