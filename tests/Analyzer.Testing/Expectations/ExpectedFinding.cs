namespace Analyzer.Testing.Expectations;

/// <summary>
/// A finding a fixture expects, written as <c>Noncompliant</c> in a comment: one marker is one finding.
/// </summary>
/// <param name="Path">The fixture file, as the scan reports it (relative to the scanned folder, or the file name).</param>
/// <param name="Line">The 1-based line the finding's primary location must start on (the marker's line shifted by <c>@+N</c>/<c>@-N</c>).</param>
/// <param name="MarkerLine">The line the marker is written on.</param>
/// <param name="RuleId">The rule that must report it (<c>[RULE_ID]</c>); null when any rule may.</param>
/// <param name="Message">The exact message (<c>{{message}}</c>); null when any message will do.</param>
public sealed record ExpectedFinding(string Path, int Line, int MarkerLine, string? RuleId, string? Message)
{
    /// <summary>The marker's options as written, for failure messages: <c>[TOY001] {{message}}</c>.</summary>
    public string Describe() => MarkerText.Describe(RuleId, Message);
}
