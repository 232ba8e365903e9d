using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;

namespace Analyzer.SampleHost.Tests;

/// <summary>
/// localize over two miniature repositories we wrote — an informer-style queue in Go and a SQL cache beside an
/// in-memory cache in Python — whose names and line numbers differ from Kubernetes' and Django's: the report comes
/// out complete, which shows nothing in it depends on those projects' names.
/// </summary>
[TestFixture]
[UseReporter(typeof(QuietReporter))]
[UseApprovalSubdirectory("Approved")]
public sealed class LocalizeFixtureTests
{
    /// <summary>The miniature repository (or file) <paramref name="name"/> under Fixtures/Localize.</summary>
    internal static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Localize", name);

    private static string Localize(params string[] extra)
    {
        var output = Path.Combine(Path.GetTempPath(), "toctou-localize-" + Guid.NewGuid().ToString("N"), "solution.md");
        try
        {
            var run = HostRun.AsShipped(["localize", "--kubernetes", Fixture("informers"), "--django", Fixture("webcache"), "--output", output, .. extra]);
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Clean), run.ToString);
            return File.ReadAllText(output);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(output)!, recursive: true);
        }
    }

    [Test]
    public void Report_on_the_miniature_repositories() =>
        Approvals.VerifyWithExtension(WithoutTimings(Localize("--scenario", Path.Combine(Fixture("informers"), "scenario.txt"))), ".md");

    [Test]
    public void Every_section_of_the_outline_is_filled_from_the_findings()
    {
        var report = Localize("--scenario", Path.Combine(Fixture("informers"), "scenario.txt"));

        Assert.That(report, Does.StartWith("# Cache Race Condition Bug Localization\n"));
        Assert.That(report, Does.Contain("## Kubernetes: Pending Queue Race"));
        Assert.That(report, Does.Contain("- resendOneLocked() location: pkg/queue/pending_queue.go:"));
        Assert.That(report, Does.Contain("- TOCTOU check: `if len(p.batches[id]) > 0 {`"));
        Assert.That(report, Does.Contain("before `p.appendLocked(Change{Kind: \"Resend\", Object: obj}, id)`"));
        Assert.That(report, Does.Contain("- Reset() race: pkg/queue/pending_queue.go:").And.Contain("ListIDs() at").And.Contain("then GetByID() at"));
        Assert.That(report, Does.Contain("- Acknowledgment comment: \"A batch already pending for this id wins; resending the mirror's copy here could race with a consumer that is about to pop that batch.\""));
        Assert.That(report, Does.Contain("## Django: Sql Cache Race"));
        Assert.That(report, Does.Contain("- _store() location: webcache/backends/sqlcache.py:"));
        Assert.That(report, Does.Contain("- Check-then-act: SELECT (").And.Contain("INSERT (").And.Contain("UPDATE (").And.Contain("inside `with transaction.atomic():`"));
        Assert.That(report, Does.Contain("- Silent failure: `except DatabaseError:`").And.Contain("`return False` at line").And.Contain("Thread-safe enough"));
        Assert.That(report, Does.Contain("- Correct implementation: webcache/backends/memcache.py:").And.Contain("add() — check and set under `with self._guard:`"));
        Assert.That(report, Does.Contain("## Proposed Fixes"));
        Assert.That(report, Does.Contain("## Appendix"));
    }

    [Test]
    public void Line_numbers_in_the_report_point_at_the_quoted_code()
    {
        var report = Localize("--scenario", Path.Combine(Fixture("informers"), "scenario.txt"));
        var go = File.ReadAllLines(Path.Combine(Fixture("informers"), "pkg/queue/pending_queue.go"));

        var check = ReportFacts.Match(report, @"TOCTOU check: `(?<code>[^`]+)` \((?<line>\d+)\) before `(?<act>[^`]+)` \((?<actLine>\d+)\)");
        Assert.That(go[int.Parse(check["line"]) - 1].Trim(), Is.EqualTo(check["code"]));
        Assert.That(go[int.Parse(check["actLine"]) - 1], Does.Contain(check["act"]));
    }

    private static string WithoutTimings(string report) =>
        System.Text.RegularExpressions.Regex.Replace(report, @"in \d+(\.\d+)? s\.", "in N s.");
}
