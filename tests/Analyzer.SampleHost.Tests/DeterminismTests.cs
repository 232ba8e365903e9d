namespace Analyzer.SampleHost.Tests;

/// <summary>The shipped host writes the same SARIF byte for byte on every run and for any processor count: separate
/// processes, so hash-ordered collections (whose string hashes are seeded per process) cannot hide.</summary>
[TestFixture]
public sealed class DeterminismTests
{
    private static readonly int[] ProcessorCounts = [1, 2, 8];

    [Test]
    public void Every_run_of_the_localize_fixtures_writes_the_same_sarif()
    {
        var fixtures = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "Localize");

        AssertSameSarif(fixtures);
    }

    [Test]
    public void Every_run_over_django_writes_the_same_sarif()
    {
        AssertSameSarif(Django());
    }

    [Test]
    public void A_scan_over_django_read_from_the_cache_writes_the_same_sarif_as_one_without_it()
    {
        var django = Django();
        using var output = new TempTree();
        var cache = output.PathOf("cache");

        var uncached = Sarif(output, "none", django, "--no-cache");
        var filling = Sarif(output, "filling", django, "--cache", cache);
        var reused = Sarif(output, "reused", django, "--cache", cache);

        Assert.Multiple(() =>
        {
            Assert.That(uncached.Report, Does.Contain("\"ruleId\""), "the tree has findings, so the comparison means something");
            Assert.That(filling.Report, Is.EqualTo(uncached.Report), "the scan that fills the cache differs from one without it");
            Assert.That(reused.Report, Is.EqualTo(uncached.Report), "the scan read from the cache differs from one without it");
            Assert.That(reused.Run.Error, Does.Match(@"[\d,]+ folders unchanged since a cached scan were not analysed again"));
            Assert.That(filling.Run.Error, Does.Not.Contain("unchanged since a cached scan"));
        });
    }

    private static string Django()
    {
        var django = Environment.GetEnvironmentVariable("TOCTOU_DJANGO");
        if (string.IsNullOrEmpty(django) || !Directory.Exists(django))
            Assert.Ignore(Environment.GetEnvironmentVariable("TOCTOU_CORPORA_UNAVAILABLE")
                          ?? "set TOCTOU_DJANGO (scripts/corpora.sh, or 'dotnet cake --target=Test', which does) to run the corpus tests");
        return django!;
    }

    private static (HostRun Run, string Report) Sarif(TempTree output, string name, string tree, params string[] cacheOptions)
    {
        var report = output.PathOf($"{name}.sarif");
        var run = HostRun.Executable(new Dictionary<string, string>(), ["scan", tree, "--format", "sarif", "--output", report, .. cacheOptions]);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Clean).Or.EqualTo(ExitCodes.ErrorFindings), run.ToString);
        return (run, File.ReadAllText(report));
    }

    private static void AssertSameSarif(string tree)
    {
        using var output = new TempTree();
        var reports = ProcessorCounts.Select(count =>
        {
            var report = output.PathOf($"scan-{count}.sarif");
            var run = HostRun.Executable(
                new Dictionary<string, string> { ["DOTNET_PROCESSOR_COUNT"] = count.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                "scan", tree, "--format", "sarif", "--output", report, "--no-cache");
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Clean).Or.EqualTo(ExitCodes.ErrorFindings), run.ToString);
            return File.ReadAllText(report);
        }).ToList();

        Assert.That(reports[0], Does.Contain("\"ruleId\""), "the tree has findings, so the comparison means something");
        Assert.Multiple(() =>
        {
            for (var i = 1; i < reports.Count; i++)
                Assert.That(reports[i], Is.EqualTo(reports[0]), $"the SARIF with {ProcessorCounts[i]} processors differs from the one with {ProcessorCounts[0]}");
        });
    }
}
