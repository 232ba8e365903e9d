using System.Text.RegularExpressions;
using Analyzer.Core.Findings;

namespace Analyzer.Emitters.Markdown;

/// <summary>
/// A Mermaid sequence diagram of the interleaving a check-then-act finding is about: the code checks the state, another
/// thread, process or transaction changes it, and the code acts on what it saw, with the lines and code of the check
/// and the act. GitHub renders a <c>mermaid</c> fence as the diagram. Text is kept on one line and a <c>;</c> or
/// <c>#</c> is written as Mermaid's entity code, since <c>;</c> ends a statement.
/// </summary>
internal static partial class RaceDiagram
{
    private const int MaxCode = 80;

    /// <summary>The diagram's fenced block, or nothing when the finding names no check.</summary>
    public static IReadOnlyList<string> Of(Finding finding)
    {
        if (finding.WithRole(LocationRole.Check).FirstOrDefault() is not { } check) return [];
        var actor = string.IsNullOrWhiteSpace(finding.FunctionName) ? "A: this code" : $"A: {finding.FunctionName}";
        return
        [
            "```mermaid",
            "sequenceDiagram",
            $"    participant A as {Text(actor)}",
            "    participant S as the checked state",
            "    participant B as B: another thread, process or transaction",
            $"    A->>S: checks it (line {check.Span.StartLine}): {Text(FirstLine(check.Code))}",
            "    B->>S: changes it",
            $"    A->>S: acts on what it saw (line {finding.Location.StartLine}): {Text(FirstLine(finding.Code))}",
            "```",
        ];
    }

    private static string FirstLine(string code) =>
        code.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? string.Empty;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private static string Text(string text)
    {
        var line = Whitespace().Replace(text, " ").Trim();
        if (line.Length > MaxCode) line = line[..(MaxCode - 1)] + "…";
        return string.Concat(line.Select(c => c switch { '#' => "#35;", ';' => "#59;", _ => c.ToString() }));
    }
}
