using System.Diagnostics;

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
            var exitCode = Scan(tree, report, count, out var error);
            Assert.That(exitCode, Is.EqualTo(ExitCodes.Clean).Or.EqualTo(ExitCodes.ErrorFindings), error);
            return File.ReadAllText(report);
        }).ToList();

        Assert.That(reports[0], Does.Contain("\"ruleId\""), "the tree has findings, so the comparison means something");
        Assert.Multiple(() =>
        {
            for (var i = 1; i < reports.Count; i++)
                Assert.That(reports[i], Is.EqualTo(reports[0]), $"the SARIF with {ProcessorCounts[i]} processors differs from the one with {ProcessorCounts[0]}");
        });
    }

    private static int Scan(string tree, string report, int processors, out string error)
    {
        var host = Path.Combine(TestContext.CurrentContext.TestDirectory, "toctou.dll");
        var start = new ProcessStartInfo("dotnet", [host, "scan", tree, "--format", "sarif", "--output", report])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_PROCESSOR_COUNT"] = processors.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        Assert.That(process.WaitForExit(TimeSpan.FromMinutes(3)), Is.True, "the scan finished within three minutes");
        error = stderr.Result;
        return process.ExitCode;
    }
}
