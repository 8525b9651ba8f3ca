using JorgeBi.Web.Cli;

namespace JorgeBi.Tests.Cli;

/// <summary>Which arguments pass on to the host's configuration, read as its command-line reader reads them.</summary>
public sealed class HostArgumentsTests
{
    [Theory]
    [InlineData]
    [InlineData("--urls", "http://127.0.0.1:5080")]
    [InlineData("--urls=http://127.0.0.1:5080", "--environment", "Development")]
    [InlineData("--contentRoot=/srv/jorgebi", "--applicationName=JorgeBi.Web")]
    [InlineData("--Database:DataDirectory=/srv/data", "--Serilog:MinimumLevel:Default", "Warning")]
    [InlineData("/urls", "http://127.0.0.1:5080", "/environment=Development")]
    [InlineData("--Key", "--value-that-looks-like-a-switch")]
    public void HostOptionsAndConfigurationSwitches_AreAccepted(params string[] tokens) =>
        Assert.Null(HostArguments.Problem(tokens));

    [Theory]
    [InlineData("'migarte' is not a command", "migarte")]
    [InlineData("'location' is not a command", "location", "set", "x")]
    [InlineData("'stray' is not a command", "--urls", "http://127.0.0.1:5080", "stray")]
    [InlineData("'-x' is not a command", "-x")]
    [InlineData("'--urls' has no value", "--urls")]
    public void WordOrSwitchWithoutValue_IsNamed(string problem, params string[] tokens) =>
        Assert.StartsWith(problem, HostArguments.Problem(tokens));
}
