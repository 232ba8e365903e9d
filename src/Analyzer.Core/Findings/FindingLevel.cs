namespace Analyzer.Core.Findings;

/// <summary>How serious a finding is (SARIF's level).</summary>
public enum FindingLevel
{
    /// <summary>Safe as written, but only because of something outside the function (for example a caller's lock).</summary>
    Note,
    /// <summary>A likely race.</summary>
    Warning,
    /// <summary>A race with evidence that it is real or hidden.</summary>
    Error,
}
