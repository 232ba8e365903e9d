namespace Analyzer.Evaluation;

/// <summary>The figures of one corpus, or one rule within a corpus. Precision is the share of triaged findings judged
/// <c>true</c> or <c>true-benign</c>; it is undefined (null) while nothing is triaged.</summary>
public sealed record PrecisionRow(string Corpus, string? RuleId, int Findings, int InScope, int Triaged, int True, int Benign, int False, int FalseMessages)
{
    public double? Precision => Triaged == 0 ? null : (double)(True + Benign) / Triaged;
}
