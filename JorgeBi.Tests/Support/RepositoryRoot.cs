namespace JorgeBi.Tests.Support;

/// <summary>The checkout the tests were built from: the nearest directory above the test binaries holding JorgeBi.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "JorgeBi.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No JorgeBi.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>The C# sources of a project, without build output.</summary>
    public static IEnumerable<string> CSharpFiles(string project) =>
        Directory.EnumerateFiles(System.IO.Path.Combine(Path, project), "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(System.IO.Path.GetRelativePath(Path, f)));

    public static bool IsBuildOutput(string relativePath) =>
        relativePath.Split('/', '\\').Any(part => part is "bin" or "obj" or "node_modules" or ".git");
}
