using Analyzer.Core.Text;
using Analyzer.Rules.Toctou.Tests.RecallSupport;
using Analyzer.Testing;

namespace Analyzer.Rules.Toctou.Tests;

/// <summary>Recall on real bugs: each case under Recall/ is a documented check-then-act race from a public project,
/// rewritten as a minimal racy/fixed pair. A case that Recall/known-misses.tsv does not list must verify exactly (the
/// racy act reported, nothing else, the fixed version silent); a listed case must still fall short the way it is listed,
/// so any change in behaviour, better or worse, fails until the list is updated.</summary>
[TestFixture]
public sealed class RecallTests
{
    private const int MinimumCases = 20;

    public static IEnumerable<TestCaseData> Cases() =>
        RecallCase.All().Select(c => new TestCaseData(c).SetName($"Recall {c.Language} {c.Name}"));

    [TestCaseSource(nameof(Cases))]
    public void Case_behaves_as_recorded(RecallCase recallCase)
    {
        var listed = KnownMisses.Load().Where(m => m.Language == recallCase.Language && m.Case == recallCase.Name).ToList();
        if (listed.Count == 0)
        {
            Verifier.VerifyFolder(recallCase.Folder, recallCase.Frontend(), AllRules.Create());
            return;
        }

        var outcome = RecallOutcome.Of(recallCase);
        var missed = listed.Any(m => m.Kind == MissKind.Missed);
        var fixedReported = listed.Any(m => m.Kind == MissKind.FixedReported);
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Scan.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()), Is.Empty,
                $"{recallCase}: a file does not parse, so the case measures nothing");
            Assert.That(outcome.RacyFound, Is.EqualTo(!missed),
                missed
                    ? $"{recallCase}: the racy act is now reported; remove its 'missed' line from known-misses.tsv"
                    : $"{recallCase}: the racy act is no longer reported; fix the rule or list the case as 'missed'");
            Assert.That(outcome.FixedReported, Is.EqualTo(fixedReported),
                fixedReported
                    ? $"{recallCase}: the fixed version is now clean; remove its 'fixed-reported' line from known-misses.tsv"
                    : $"{recallCase}: the fixed version is now reported: {string.Join("; ", outcome.FixedFindings.Select(f => $"line {f.Location.StartLine} [{f.RuleId}] {f.Message}"))}");
        });
    }

    [Test]
    public void There_are_enough_cases_each_with_a_link_in_both_headers()
    {
        var cases = RecallCase.All();
        Assert.That(cases, Has.Count.GreaterThanOrEqualTo(MinimumCases));
        Assert.Multiple(() =>
        {
            foreach (var c in cases)
            {
                var prefix = c.Frontend().CommentSyntax.LinePrefix;
                Assert.That(File.Exists(c.RacyFile) && File.Exists(c.FixedFile), $"{c}: needs racy and fixed files");
                Assert.That(RecallCase.HeaderLink(c.RacyFile, prefix), Is.Not.Null, $"{c}: racy file has no link in its header");
                Assert.That(RecallCase.HeaderLink(c.FixedFile, prefix), Is.Not.Null, $"{c}: fixed file has no link in its header");
                Assert.That(c.RacyMarkers(), Is.Not.Empty, $"{c}: racy file marks no act Noncompliant");
            }
        });
    }

    [Test]
    public void Every_known_miss_names_a_case()
    {
        var names = RecallCase.All().Select(c => (c.Language, c.Name)).ToHashSet();
        Assert.That(KnownMisses.Load().Where(m => !names.Contains((m.Language, m.Case))).Select(m => $"{m.Language}/{m.Case}"), Is.Empty);
    }

    [Test]
    public void Recall_summary()
    {
        var outcomes = RecallCase.All().Select(c => (Case: c, Outcome: RecallOutcome.Of(c))).ToList();
        foreach (var language in outcomes.GroupBy(o => o.Case.Language))
            TestContext.Out.WriteLine($"{language.Key}: found {language.Count(o => o.Outcome.RacyFound)} of {language.Count()} racy; {language.Count(o => o.Outcome.FixedReported)} of {language.Count()} fixed reported");
        TestContext.Out.WriteLine($"All: found {outcomes.Count(o => o.Outcome.RacyFound)} of {outcomes.Count} racy; {outcomes.Count(o => o.Outcome.FixedReported)} of {outcomes.Count} fixed reported");
        foreach (var (c, o) in outcomes)
            TestContext.Out.WriteLine($"  {c,-45} racy {(o.RacyFound ? "found" : "MISSED"),-6}  fixed {(o.FixedReported ? "REPORTED" : "clean")}");
        Assert.That(outcomes, Is.Not.Empty);
    }
}
