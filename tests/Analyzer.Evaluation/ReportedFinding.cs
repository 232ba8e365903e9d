namespace Analyzer.Evaluation;

/// <summary>One result of a scan's SARIF report, as the evaluation needs it.</summary>
public sealed record ReportedFinding(string Corpus, string Fingerprint, string RuleId, string Level, string Path, int Line, string Message)
{
    public string Location => $"{Path}:{Line}";
}
