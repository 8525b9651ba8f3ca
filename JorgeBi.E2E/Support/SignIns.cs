using System.Collections.Concurrent;

namespace JorgeBi.E2E.Support;

/// <summary>
/// Signs in once per role through the real login form and keeps the session cookies, so
/// every later test of that role starts signed in without repeating the form.
/// </summary>
public sealed class SignIns(IBrowser browser)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _states = new();

    public async Task<string> StateForAsync(string role, Uri baseAddress)
    {
        var signIn = _states.GetOrAdd(role, r => new Lazy<Task<string>>(() => SignInAsync(r, baseAddress)));
        try
        {
            return await signIn.Value;
        }
        catch
        {
            // A failed sign-in (the first page of a run timing out on a busy machine) is not
            // kept: it fails its own test, and the role's next test signs in again instead of
            // failing with it.
            _states.TryRemove(new KeyValuePair<string, Lazy<Task<string>>>(role, signIn));
            throw;
        }
    }

    private async Task<string> SignInAsync(string role, Uri baseAddress)
    {
        await using var context = await browser.NewContextAsync(new() { BaseURL = baseAddress.ToString() });
        var page = await context.NewPageAsync();
        var login = new LoginPage(page);
        await login.GotoAsync();
        await login.SignInAsync(E2EUsers.UsernameFor(role), E2EUsers.Password);
        await page.WaitForURLAsync(url => !url.Contains("/login"));
        return await context.StorageStateAsync();
    }
}
