using System.Reflection;
using JorgeBi.Data;

namespace JorgeBi.Tests.Data;

public sealed class SqlScriptsTests
{
    [Fact]
    public void EveryQueryFile_HasTheProperty_NamedAfterItsFolderAndFile_AndNoPropertyIsLeftOver()
    {
        var files = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "JorgeBi.Data", "Sql"), "*.sql", SearchOption.AllDirectories)
            .ToDictionary(
                f => $"{Path.GetFileName(Path.GetDirectoryName(f))}.{string.Concat(Path.GetFileNameWithoutExtension(f).Split('_').Select(w => char.ToUpperInvariant(w[0]) + w[1..]))}",
                File.ReadAllText);
        var properties = typeof(SqlScripts).GetNestedTypes()
            .SelectMany(folder => folder.GetProperties(BindingFlags.Public | BindingFlags.Static))
            .ToDictionary(p => $"{p.DeclaringType!.Name}.{p.Name}", p => (string)p.GetValue(null)!);

        Assert.Equal(files.Keys.Order(), properties.Keys.Order());
        Assert.All(files, f => Assert.Equal(f.Value, properties[f.Key]));
        Assert.Equal(files.Count, SqlScripts.All.Count);
    }
}
