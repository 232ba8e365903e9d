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
        var root = KubernetesRoot();
        var parse = CorpusParse.Run(new GoFrontend(), root);
        TestContext.Out.WriteLine(parse.Summary("Kubernetes 1.20.2"));
        foreach (var diagnostic in parse.Result.Diagnostics.Take(50)) TestContext.Out.WriteLine(diagnostic);

        Assert.Multiple(() =>
        {
            Assert.That(parse.Result.Files, Has.Count.EqualTo(KubernetesGoFiles));
            Assert.That(parse.FilesWithErrors, Is.Empty, "files with syntax errors");
            Assert.That(parse.FrontendFailures, Is.Empty, "frontend failures");
        });
    }

    [Test]
    public void Kubernetes_1_20_2_reads_the_same_through_the_scanner_and_the_automaton()
    {
        var files = Directory.EnumerateFiles(KubernetesRoot(), "*.go", SearchOption.AllDirectories).ToList();
        var refused = files.Where(file => !ScannerComparison.Compare(File.ReadAllText(file), file)).ToList();
        TestContext.Out.WriteLine($"the scanner took {files.Count - refused.Count:N0} of {files.Count:N0} files; refused: {string.Join(", ", refused)}");
        // Every .go file, testdata included: more than the scan reads.
        Assert.That(files, Has.Count.GreaterThan(KubernetesGoFiles));
        // Identifiers with non-ASCII letters, the only Go the scanner leaves to the automaton, are rare.
        Assert.That(refused, Has.Count.LessThan(files.Count / 1000));
    }

    private static string KubernetesRoot()
    {
        var root = Environment.GetEnvironmentVariable("TOCTOU_KUBERNETES");
        if (string.IsNullOrEmpty(root) || !Directory.Exists(root))
            Assert.Ignore("Set TOCTOU_KUBERNETES to the unpacked Kubernetes 1.20.2 tree (the kubernetes source package from " +
                          "Debian's archive, or `git clone --branch v1.20.2 https://github.com/kubernetes/kubernetes`); " +
                          "scripts/corpora.sh (the build script's Corpora target) fetches it into " +
                          "~/.cache/toctou-analyzer/corpora/kubernetes-1.20.2.");
        return root!;
    }
}
