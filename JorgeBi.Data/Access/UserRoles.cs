namespace JorgeBi.Data.Access;

/// <summary>Dashboard roles: owner sees everything; manager all but commissions and admin; viewer the executive page.</summary>
public static class UserRoles
{
    public const string Owner = "owner";
    public const string Manager = "manager";
    public const string Viewer = "viewer";

    public static readonly IReadOnlyList<string> All = [Owner, Manager, Viewer];
}
