namespace Analyzer.Evaluation;

/// <summary>A scan's findings compared with the triage: figures per corpus and per rule, the in-scope false findings
/// by the triage's cause, the in-scope findings no one has judged yet, and verdicts on findings the scan no longer
/// reports.</summary>
public sealed record EvaluationResult(
    IReadOnlyList<PrecisionRow> Corpora,
    IReadOnlyList<PrecisionRow> Rules,
    IReadOnlyList<FalseCause> FalseCauses,
    IReadOnlyList<ReportedFinding> Untriaged,
    IReadOnlyList<TriageEntry> Stale)
{
    public static EvaluationResult Compute(IReadOnlyList<ReportedFinding> findings, IReadOnlyList<TriageEntry> triage)
    {
        var verdicts = triage.ToDictionary(t => (t.Corpus, t.Fingerprint));
        var reported = findings.Select(f => (f.Corpus, f.Fingerprint)).ToHashSet();
        var corpora = findings.Select(f => f.Corpus).Distinct().ToList();

        var corpusRows = findings.GroupBy(f => f.Corpus).Select(g => Row(g.Key, null, g.ToList(), verdicts)).ToList();
        var ruleRows = findings.GroupBy(f => (f.Corpus, f.RuleId))
            .OrderBy(g => corpora.IndexOf(g.Key.Corpus)).ThenBy(g => g.Key.RuleId, StringComparer.Ordinal)
            .Select(g => Row(g.Key.Corpus, g.Key.RuleId, g.ToList(), verdicts)).ToList();
        var falseCauses = findings.Where(f => EvaluationScope.Contains(f.Path))
            .Select(f => verdicts.GetValueOrDefault((f.Corpus, f.Fingerprint))).OfType<TriageEntry>().Where(t => t.Verdict == Verdict.False)
            .GroupBy(t => (t.Corpus, Cause: FalseCause.Of(t)))
            .OrderBy(g => corpora.IndexOf(g.Key.Corpus)).ThenByDescending(g => g.Count()).ThenBy(g => g.Key.Cause, StringComparer.Ordinal)
            .Select(g => new FalseCause(g.Key.Corpus, g.Key.Cause, g.Count())).ToList();
        var untriaged = findings.Where(f => EvaluationScope.Contains(f.Path) && !verdicts.ContainsKey((f.Corpus, f.Fingerprint))).ToList();
        var stale = triage.Where(t => corpora.Contains(t.Corpus) && !reported.Contains((t.Corpus, t.Fingerprint))).ToList();
        return new EvaluationResult(corpusRows, ruleRows, falseCauses, untriaged, stale);
    }

    private static PrecisionRow Row(string corpus, string? ruleId, IReadOnlyList<ReportedFinding> findings, Dictionary<(string, string), TriageEntry> verdicts)
    {
        var judged = findings.Select(f => verdicts.GetValueOrDefault((f.Corpus, f.Fingerprint))).OfType<TriageEntry>().ToList();
        return new PrecisionRow(corpus, ruleId, findings.Count, findings.Count(f => EvaluationScope.Contains(f.Path)), judged.Count,
            judged.Count(j => j.Verdict == Verdict.True), judged.Count(j => j.Verdict == Verdict.TrueBenign),
            judged.Count(j => j.Verdict == Verdict.False), judged.Count(j => !j.MessageTrue));
    }
}
