using Analyzer.Core.Engine;
using Analyzer.Emitters.Reporting;
using Analyzer.Emitters.Sarif;

namespace Analyzer.Rules.Toctou.Tests;

/// <summary>The same tree gives the same report byte for byte, however many packages are analyzed at once: the
/// evaluation compares reports across runs and machines. (Across processes, where string hashes differ, the host's
/// DeterminismTests check it on Django.)</summary>
[TestFixture]
public sealed class DeterminismTests
{
    private static readonly int[] Parallelism = [1, 2, 8];

    [Test]
    public void The_sarif_of_every_fixture_is_the_same_for_1_2_and_8_parallel_packages()
    {
        var fixtures = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures");

        AssertSameForEveryParallelism(fixtures, minimumFindings: 20);
    }

    [Test]
    public void The_sarif_of_every_fixture_is_the_same_from_the_cache_as_without_it()
    {
        var fixtures = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures");
        var cache = Directory.CreateTempSubdirectory("toctou-cache-").FullName;
        try
        {
            var uncached = Sarif(new ScanRequest([fixtures]), minimumFindings: 20);
            var filling = Sarif(new ScanRequest([fixtures], CacheFolder: cache), minimumFindings: 20);
            var reused = AllRules.Engine.Scan(new ScanRequest([fixtures], CacheFolder: cache));

            Assert.Multiple(() =>
            {
                Assert.That(filling, Is.EqualTo(uncached), "the scan that fills the cache differs from one without it");
                Assert.That(reused.PackagesReused, Is.GreaterThan(0).And.EqualTo(reused.Files.Select(f => Path.GetDirectoryName(f.Path) + f.Language).Distinct().Count()));
                Assert.That(Sarif(reused), Is.EqualTo(uncached), "the scan read from the cache differs from one without it");
            });
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    [Test]
    public void A_call_cycles_findings_do_not_depend_on_which_of_its_files_is_read_first()
    {
        var fixture = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "Go", "Cycles");
        var forward = Directory.CreateTempSubdirectory("toctou-cycles-").FullName;
        var backward = Directory.CreateTempSubdirectory("toctou-cycles-").FullName;
        try
        {
            // The scan reads a folder's files in name order: a_ first in one copy, z_ first in the other.
            File.Copy(Path.Combine(fixture, "walk.go"), Path.Combine(forward, "a_walk.go"));
            File.Copy(Path.Combine(fixture, "expand.go"), Path.Combine(forward, "z_expand.go"));
            File.Copy(Path.Combine(fixture, "walk.go"), Path.Combine(backward, "z_walk.go"));
            File.Copy(Path.Combine(fixture, "expand.go"), Path.Combine(backward, "a_expand.go"));

            static List<string> Findings(string folder) => AllRules.Engine.Scan(new ScanRequest([folder])).Findings
                .Select(f => $"{f.RuleId} {f.FunctionName}:{f.Location.StartLine} {f.Message}").Order(StringComparer.Ordinal).ToList();

            var read = Findings(forward);
            Assert.Multiple(() =>
            {
                Assert.That(read.Select(f => f.Split(':')[0]), Is.EqualTo(new[] { "TOCTOU001 Grove.expand", "TOCTOU001 Grove.visit" }));
                Assert.That(Findings(backward), Is.EqualTo(read));
            });
        }
        finally
        {
            Directory.Delete(forward, recursive: true);
            Directory.Delete(backward, recursive: true);
        }
    }

    private static string Sarif(ScanRequest request, int minimumFindings)
    {
        var result = AllRules.Engine.Scan(request);
        Assert.That(result.Findings, Has.Count.GreaterThanOrEqualTo(minimumFindings), "too few findings for the comparison to mean much");
        return Sarif(result);
    }

    private static string Sarif(ScanResult result)
    {
        var emitter = new SarifEmitter(new ToolIdentity("toctou", "0.0.0-test", "https://example.invalid/toctou"));
        using var output = new StringWriter();
        emitter.Emit(result with { Elapsed = TimeSpan.Zero }, output);
        return output.ToString();
    }

    private static void AssertSameForEveryParallelism(string root, int minimumFindings)
    {
        var reports = Parallelism.Select(n => Sarif(new ScanRequest([root], MaxParallelism: n), minimumFindings)).ToList();

        Assert.Multiple(() =>
        {
            for (var i = 1; i < reports.Count; i++)
                Assert.That(reports[i], Is.EqualTo(reports[0]), $"the SARIF with {Parallelism[i]} parallel packages differs from the one with {Parallelism[0]}");
        });
    }
}
