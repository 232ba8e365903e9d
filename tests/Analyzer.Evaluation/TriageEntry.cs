namespace Analyzer.Evaluation;

/// <summary>One line of the triage file: the verdict on one finding, whether its message states only true things, and
/// why. The location and rule are for the reader; the finding is matched by its fingerprint.</summary>
public sealed record TriageEntry(string Corpus, string Fingerprint, string RuleId, string Location, Verdict Verdict, bool MessageTrue, string Reason);
