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
        var django = Environment.GetEnvironmentVariable("TOCTOU_DJANGO");
        if (string.IsNullOrEmpty(django) || !Directory.Exists(django))
            Assert.Ignore(Environment.GetEnvironmentVariable("TOCTOU_CORPORA_UNAVAILABLE")
                          ?? "set TOCTOU_DJANGO (scripts/corpora.sh, or 'dotnet cake --target=Test', which does) to run the corpus tests");

        AssertSameSarif(django);
    }

    private static void AssertSameSarif(string tree)
    {
        using var output = new TempTree();
        var reports = ProcessorCounts.Select(count =>
        {
            var report = output.PathOf($"scan-{count}.sarif");
            var run = HostRun.Executable(
                new Dictionary<string, string> { ["DOTNET_PROCESSOR_COUNT"] = count.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                "scan", tree, "--format", "sarif", "--output", report);
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
