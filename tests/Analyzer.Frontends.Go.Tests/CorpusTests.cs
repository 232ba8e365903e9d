using System.Diagnostics;
using Analyzer.Core.Engine;

namespace Analyzer.Frontends.Go.Tests;

/// <summary>
/// Parses and lowers every .go file of Kubernetes 1.20.2 (14,092 files, 4.7 M lines with vendor/) through the real
/// engine. Runs when TOCTOU_KUBERNETES names the unpacked tree (the cake Test target sets it from the corpora cache);
/// otherwise ignored.
/// </summary>
[TestFixture]
[Category("Corpus")]
public sealed class CorpusTests
{
    private const int KubernetesGoFiles = 14_092;

    [Test]
    public void Kubernetes_1_20_2_parses_without_syntax_errors()
    {
        var root = Environment.GetEnvironmentVariable("TOCTOU_KUBERNETES");
        if (string.IsNullOrEmpty(root) || !Directory.Exists(root))
        {
            Assert.Ignore("Set TOCTOU_KUBERNETES to the unpacked Kubernetes 1.20.2 tree (the kubernetes source package from " +
                          "Debian's archive, or `git clone --branch v1.20.2 https://github.com/kubernetes/kubernetes`); " +
                          "scripts/corpora.sh (the build script's Corpora target) fetches it into " +
                          "~/.cache/toctou-analyzer/corpora/kubernetes-1.20.2.");
            return;
        }
        var engine = TestEngine.Create(new GoFrontend());
        GC.Collect();
        var result = engine.Scan(new ScanRequest([root], RunRules: false));
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;

        var erroneous = result.Files.Where(f => f.HasErrors).Select(f => f.Path).ToList();
        var failures = result.Diagnostics.Where(d => d.Message.Contains("frontend failed", StringComparison.Ordinal)).ToList();
        var seconds = result.Elapsed.TotalSeconds;
        TestContext.Out.WriteLine($"Kubernetes 1.20.2: {result.Files.Count:N0} files, {result.Lines:N0} lines in {seconds:F2} s " +
                                  $"({result.Lines / seconds:N0} lines/s); {erroneous.Count} files with syntax errors; " +
                                  $"{failures.Count} frontend failures; peak working set {peak / (1024 * 1024):N0} MB");
        foreach (var diagnostic in result.Diagnostics.Take(50)) TestContext.Out.WriteLine(diagnostic);

        Assert.Multiple(() =>
        {
            Assert.That(result.Files, Has.Count.EqualTo(KubernetesGoFiles));
            Assert.That(erroneous, Is.Empty, "files with syntax errors");
            Assert.That(failures, Is.Empty, "frontend failures");
        });
    }
}
