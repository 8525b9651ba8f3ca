namespace JorgeBi.Tests.Telemetry;

/// <summary>The alerting rules and the scrape configuration of docs/prometheus, checked by Prometheus's own tool.</summary>
public sealed class PrometheusDocsTests
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "docs", "prometheus");

    [Fact]
    public async Task AlertingRules_PassPromtoolCheckRules()
    {
        var (code, output) = await Promtool.RunAsync(null, "check", "rules", "--lint=all", "--lint-fatal", Path.Combine(Folder, "alerts.yml"));

        Assert.True(code == 0, $"promtool check rules exited {code}:\n{output}");
        Assert.Contains("SUCCESS: 3 rules found", output);
    }

    [Fact]
    public async Task AlertingRules_FireExactlyWhenTheirUnitTestsSay()
    {
        var (code, output) = await Promtool.RunAsync(null, "test", "rules", Path.Combine(Folder, "alerts.test.yml"));

        Assert.True(code == 0, $"promtool test rules exited {code}:\n{output}");
    }

    [Fact]
    public async Task ScrapeConfig_WithItsKeyFileBeside_PassesPromtoolCheckConfig()
    {
        var dir = Directory.CreateTempSubdirectory("jorgebi-prometheus-");
        try
        {
            foreach (var file in new[] { "prometheus.yml", "alerts.yml" }) File.Copy(Path.Combine(Folder, file), Path.Combine(dir.FullName, file));
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "jorgebi.key"), "jbi_placeholder");

            var (code, output) = await Promtool.RunAsync(null, "check", "config", Path.Combine(dir.FullName, "prometheus.yml"));

            Assert.True(code == 0, $"promtool check config exited {code}:\n{output}");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
