namespace JorgeBi.Web.Cli;

/// <summary>
/// The arguments every command passes on to the host's configuration: <c>--key=value</c>,
/// <c>--key value</c> and the same with <c>/</c>, e.g. <c>--urls</c>, <c>--environment</c>,
/// <c>--contentRoot</c> or <c>--Database:DataDirectory=PATH</c>. The configuration reader
/// silently skips anything else, so a misspelt command would otherwise run the server.
/// </summary>
internal static class HostArguments
{
    /// <summary>What is wrong with the first token that is neither a configuration key nor its value; null when none is.</summary>
    public static string? Problem(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!IsKey(token)) return $"'{token}' is not a command or a host option (such as --urls URL or --Section:Key=value).";
            // As the configuration reader does: a key without "=" takes the next token as its value.
            if (!token.Contains('=') && ++i == tokens.Count) return $"'{token}' has no value.";
        }
        return null;
    }

    private static bool IsKey(string token) =>
        (token.StartsWith("--", StringComparison.Ordinal) && token.Length > 2) || (token.StartsWith('/') && token.Length > 1);
}
