namespace JorgeBi.E2E.Support;

/// <summary>Where screenshots go: $E2E_ARTIFACTS, else artifacts/ beside the test assembly.</summary>
public static class Artifacts
{
    public static string Directory { get; } =
        Environment.GetEnvironmentVariable("E2E_ARTIFACTS") is { Length: > 0 } dir
            ? Path.GetFullPath(dir)
            : Path.Combine(AppContext.BaseDirectory, "artifacts");

    public static string Screenshot(string name)
    {
        var path = Path.Combine(Directory, "screenshots", name + ".png");
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
