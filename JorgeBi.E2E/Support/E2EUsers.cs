namespace JorgeBi.E2E.Support;

/// <summary>One account per role, created by <see cref="AppFixture"/>.</summary>
public static class E2EUsers
{
    public const string Password = "e2e-correct-horse-battery";

    public static string UsernameFor(string role) => "e2e-" + role;
}
