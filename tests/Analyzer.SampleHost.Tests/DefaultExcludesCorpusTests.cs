using System.Text.Json;

namespace Analyzer.SampleHost.Tests;

/// <summary>A scan of the real Kubernetes tree with the defaults: nothing vendored or generated is reported, and the
/// report says how many files each default exclude left out.</summary>
[TestFixture]
[Category("Corpus")]
public sealed class DefaultExcludesCorpusTests
{
    [Test]
    public void Kubernetes_with_the_defaults_reports_nothing_vendored_or_generated_and_counts_what_it_left_out()
    {
        var kubernetes = Environment.GetEnvironmentVariable("TOCTOU_KUBERNETES") ?? string.Empty;
        if (!Directory.Exists(kubernetes))
            Assert.Ignore(Environment.GetEnvironmentVariable("TOCTOU_CORPORA_UNAVAILABLE")
                          ?? "set TOCTOU_KUBERNETES (run scripts/corpora.sh, or 'dotnet cake --target=Test', which does) to run the corpus tests");
        using var output = new TempTree();
        var sarifPath = output.PathOf("kubernetes.sarif");
        var markdownPath = output.PathOf("kubernetes.md");

        var sarifRun = HostRun.AsShipped("scan", kubernetes, "--format", "sarif", "--output", sarifPath, "--no-cache");
        var markdownRun = HostRun.AsShipped("scan", kubernetes, "--output", markdownPath);

        Assert.That(sarifRun.ExitCode, Is.EqualTo(ExitCodes.Clean).Or.EqualTo(ExitCodes.ErrorFindings), sarifRun.ToString);
        using var sarif = JsonDocument.Parse(File.ReadAllText(sarifPath));
        var run = sarif.RootElement.GetProperty("runs")[0];
        var uris = run.GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!)
            .ToList();
        var excluded = run.GetProperty("properties").GetProperty("filesExcluded");
        var markdown = File.ReadAllText(markdownPath);
        Assert.Multiple(() =>
        {
            Assert.That(uris, Is.Not.Empty);
            Assert.That(uris.Where(u => u.StartsWith("vendor/", StringComparison.Ordinal) || u.Contains("/vendor/", StringComparison.Ordinal)), Is.Empty);
            Assert.That(uris.Where(u => IsGenerated(Path.Combine(kubernetes, Uri.UnescapeDataString(u)))), Is.Empty);
            Assert.That(excluded.GetProperty("vendor/").GetInt32(), Is.GreaterThan(1000));
            Assert.That(excluded.GetProperty("generated files").GetInt32(), Is.GreaterThan(100));
            Assert.That(markdown, Does.Match(@"- Files left out: [\d,]+ \(generated files: [\d,]+, .*vendor/: [\d,]+\)"));
            Assert.That(markdownRun.ExitCode, Is.EqualTo(sarifRun.ExitCode));
        });
    }

    private static bool IsGenerated(string path) =>
        File.ReadLines(path).TakeWhile(l => !l.StartsWith("package ", StringComparison.Ordinal))
            .Any(l => l.StartsWith("// Code generated ", StringComparison.Ordinal) && l.EndsWith("DO NOT EDIT.", StringComparison.Ordinal));
}
