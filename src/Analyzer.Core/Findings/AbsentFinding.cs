namespace Analyzer.Core.Findings;

/// <summary>A finding of the baseline that this scan no longer reports (fixed, or its code moved away).</summary>
/// <param name="RuleId">The rule that reported it.</param>
/// <param name="Level">Its level then.</param>
/// <param name="Message">Its message then.</param>
/// <param name="Path">Its file then, as findings name files.</param>
/// <param name="StartLine">Its line then.</param>
/// <param name="Fingerprint">Its fingerprint (<see cref="Finding.Fingerprint"/>).</param>
public sealed record AbsentFinding(string RuleId, FindingLevel Level, string Message, string Path, int StartLine, string Fingerprint);
