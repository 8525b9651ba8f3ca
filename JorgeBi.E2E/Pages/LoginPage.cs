namespace JorgeBi.E2E.Pages;

/// <summary>The sign-in form: plain server-rendered HTML, usable before any circuit exists.</summary>
public sealed class LoginPage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Username => Page.GetByLabel("Username");
    public ILocator Password => Page.GetByLabel("Password");
    public ILocator Submit => Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" });
    public ILocator Error => Page.GetByTestId("login-error");

    public async Task GotoAsync() => await Page.GotoAsync("/login");

    public async Task SignInAsync(string username, string password)
    {
        await Username.FillAsync(username);
        await Password.FillAsync(password);
        await Submit.ClickAsync();
    }
}
