using System.Diagnostics;
using Analyzer.Core.Engine;

namespace Analyzer.Frontends.Python.Tests;

/// <summary>
/// Parses and lowers every .py file of Django 3.2.25 (2,697 files, 374 k lines) through the real engine. Runs when
/// TOCTOU_DJANGO names the unpacked tree (the cake Test target sets it from the corpora cache); otherwise ignored.
/// </summary>
[TestFixture]
[Category("Corpus")]
public sealed class CorpusTests
{
    private const int DjangoFiles = 2697;

    [Test]
    public void Django_3_2_25_parses_without_syntax_errors()
    {
        var root = Environment.GetEnvironmentVariable("TOCTOU_DJANGO");
        if (string.IsNullOrEmpty(root) || !Directory.Exists(root))
        {
            Assert.Ignore("Set TOCTOU_DJANGO to the unpacked Django 3.2.25 tree (the python-django source package from " +
                          "Debian's archive, or `git clone --branch 3.2.25 https://github.com/django/django`); the build " +
                          "script's Corpora target fetches it into ~/.cache/toctou-analyzer/corpora/django-3.2.25.");
            return;
        }
        var engine = TestEngine.Create(new PythonFrontend());
        GC.Collect();
        var memoryBefore = Process.GetCurrentProcess().PeakWorkingSet64;
        var result = engine.Scan(new ScanRequest([root], RunRules: false));
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;

        var erroneous = result.Files.Where(f => f.HasErrors).Select(f => f.Path).ToList();
        var failures = result.Diagnostics.Where(d => d.Message.Contains("frontend failed", StringComparison.Ordinal)).ToList();
        var seconds = result.Elapsed.TotalSeconds;
        TestContext.Out.WriteLine($"Django 3.2.25: {result.Files.Count} files, {result.Lines:N0} lines in {seconds:F2} s " +
                                  $"({result.Lines / seconds:N0} lines/s); {erroneous.Count} files with syntax errors; " +
                                  $"{failures.Count} frontend failures; peak working set {peak / (1024 * 1024):N0} MB " +
                                  $"(before the scan {memoryBefore / (1024 * 1024):N0} MB)");
        foreach (var diagnostic in result.Diagnostics.Take(50)) TestContext.Out.WriteLine(diagnostic);

        Assert.Multiple(() =>
        {
            Assert.That(result.Files, Has.Count.EqualTo(DjangoFiles));
            Assert.That(erroneous, Is.Empty, "files with syntax errors");
            Assert.That(failures, Is.Empty, "frontend failures");
        });
    }
}
