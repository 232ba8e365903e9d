namespace Analyzer.Evaluation.Tests;

[TestFixture]
public sealed class EvaluationResultTests
{
    private static ReportedFinding Finding(string corpus, string fingerprint, string rule, string path) =>
        new(corpus, fingerprint, rule, "warning", path, 1, "m");

    private static TriageEntry Entry(string corpus, string fingerprint, Verdict verdict, bool messageTrue = true, string reason = "why") =>
        new(corpus, fingerprint, "TOCTOU001", "x:1", verdict, messageTrue, reason);

    private static readonly ReportedFinding[] Findings =
    [
        Finding("go", "a", "TOCTOU001", "pkg/a.go"),
        Finding("go", "b", "TOCTOU001", "pkg/b.go"),
        Finding("go", "c", "TOCTOU004", "pkg/c.go"),
        Finding("go", "d", "TOCTOU001", "pkg/d.go"),
        Finding("go", "v", "TOCTOU001", "vendor/x/v.go"),
        Finding("py", "p", "TOCTOU004", "app/p.py"),
    ];

    private static readonly TriageEntry[] Triage =
    [
        Entry("go", "a", Verdict.True),
        Entry("go", "b", Verdict.TrueBenign),
        Entry("go", "c", Verdict.False, messageTrue: false),
        Entry("go", "gone", Verdict.True),
        Entry("other", "elsewhere", Verdict.True),
    ];

    [Test]
    public void Precision_counts_true_and_benign_over_the_triaged_findings()
    {
        var result = EvaluationResult.Compute(Findings, Triage);

        var go = result.Corpora.Single(r => r.Corpus == "go");
        Assert.That((go.Findings, go.InScope, go.Triaged, go.True, go.Benign, go.False, go.FalseMessages), Is.EqualTo((5, 4, 3, 1, 1, 1, 1)));
        Assert.That(go.Precision, Is.EqualTo(2.0 / 3).Within(1e-9));
        Assert.That(result.Corpora.Single(r => r.Corpus == "py").Precision, Is.Null);
        Assert.That(result.Rules.Select(r => $"{r.Corpus} {r.RuleId} {r.Triaged}"), Is.EqualTo(new[] { "go TOCTOU001 2", "go TOCTOU004 1", "py TOCTOU004 0" }));
    }

    [Test]
    public void False_findings_in_scope_are_counted_by_the_cause_their_reason_names()
    {
        ReportedFinding[] findings =
        [
            Finding("go", "a", "TOCTOU001", "pkg/a.go"),
            Finding("go", "b", "TOCTOU001", "pkg/b.go"),
            Finding("go", "c", "TOCTOU001", "pkg/c.go"),
            Finding("go", "d", "TOCTOU001", "pkg/d.go"),
            Finding("go", "v", "TOCTOU001", "vendor/x/v.go"),
        ];
        TriageEntry[] triage =
        [
            Entry("go", "a", Verdict.False, reason: "[single-owner] one goroutine"),
            Entry("go", "b", Verdict.False, reason: "[other: a one-shot tool] nothing else runs"),
            Entry("go", "c", Verdict.False, reason: "[single-owner] the run loop"),
            Entry("go", "d", Verdict.False, reason: "no tag"),
            Entry("go", "v", Verdict.False, reason: "[single-owner] vendored"),
            Entry("go", "gone", Verdict.False, reason: "[single-owner] no longer reported"),
        ];

        var result = EvaluationResult.Compute(findings, triage);

        Assert.That(result.FalseCauses.Select(c => $"{c.Corpus} {c.Cause} {c.Count}"),
            Is.EqualTo(new[] { "go single-owner 2", "go other 1", $"go {FalseCause.Unstated} 1" }));
    }

    [Test]
    public void Untriaged_lists_only_in_scope_findings_and_stale_only_verdicts_of_scanned_corpora()
    {
        var result = EvaluationResult.Compute(Findings, Triage);

        Assert.That(result.Untriaged.Select(f => f.Fingerprint), Is.EqualTo(new[] { "d", "p" }));
        Assert.That(result.Stale.Select(e => e.Fingerprint), Is.EqualTo(new[] { "gone" }));
    }

    [Test]
    public void A_sample_is_the_same_for_the_same_seed_and_at_most_the_count_per_corpus()
    {
        var many = Enumerable.Range(0, 50).Select(i => Finding(i % 2 == 0 ? "go" : "py", $"f{i:D2}", "TOCTOU001", $"pkg/{i}.go")).ToList();

        var first = TriageSample.Draw(many, 10, seed: 7);
        var again = TriageSample.Draw(many.AsEnumerable().Reverse().ToList(), 10, seed: 7);
        var other = TriageSample.Draw(many, 10, seed: 8);

        Assert.That(ByCorpus(first), Is.EqualTo(ByCorpus(again)));
        Assert.That(first.Select(f => f.Fingerprint), Is.Not.EqualTo(other.Select(f => f.Fingerprint)));
        Assert.That(first.GroupBy(f => f.Corpus).Select(g => g.Count()), Is.EqualTo(new[] { 10, 10 }));
    }

    private static IEnumerable<string> ByCorpus(IEnumerable<ReportedFinding> draw) =>
        draw.OrderBy(f => f.Corpus, StringComparer.Ordinal).Select(f => f.Fingerprint);
}
