using Analyzer.Core.Engine;
using Analyzer.Emitters.Reporting;
using Analyzer.Emitters.Sarif;
using Analyzer.Frontends.Go;
using Analyzer.Frontends.Python;
using Analyzer.Testing;

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

    private static void AssertSameForEveryParallelism(string root, int minimumFindings)
    {
        var engine = TestEngine.Create([new GoFrontend(), new PythonFrontend()], AllRules.Create());
        var emitter = new SarifEmitter(new ToolIdentity("toctou", "0.0.0-test", "https://example.invalid/toctou"));
        var reports = Parallelism.Select(n =>
        {
            var result = engine.Scan(new ScanRequest([root], MaxParallelism: n));
            Assert.That(result.Findings, Has.Count.GreaterThanOrEqualTo(minimumFindings), "too few findings for the comparison to mean much");
            using var output = new StringWriter();
            emitter.Emit(result with { Elapsed = TimeSpan.Zero }, output);
            return output.ToString();
        }).ToList();

        Assert.Multiple(() =>
        {
            for (var i = 1; i < reports.Count; i++)
                Assert.That(reports[i], Is.EqualTo(reports[0]), $"the SARIF with {Parallelism[i]} parallel packages differs from the one with {Parallelism[0]}");
        });
    }
}
