using Analyzer.Core.Engine;
using Analyzer.Core.Text;

namespace Analyzer.Testing;

/// <summary>What a scan of one file must give whatever the file holds: the file is in the result, and every error
/// diagnostic and every location of a finding points inside it (a place the user can go to). The fuzzing harness and the fuzz regression tests check
/// the same.</summary>
public static class ScanInvariants
{
    /// <summary>How <paramref name="result"/>, the scan of the single file <paramref name="path"/>, breaks them; empty
    /// when it keeps them.</summary>
    public static IReadOnlyList<string> Violations(ScanResult result, string path)
    {
        // A scan given one file names it by its file name; read it as the scan did, to know its lines.
        var text = SourceText.FromFile(path, Path.GetFileName(path));
        var violations = new List<string>();
        if (result.Files.Count != 1 || result.Files[0].Path != text.Path)
            violations.Add($"the result should hold the one file {text.Path}, but holds [{string.Join(", ", result.Files.Select(f => f.Path))}]");
        foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
            if (!IsInside(diagnostic.Span, text))
                violations.Add($"an error diagnostic points outside the file ({text.LineCount} lines, {text.Text.Length} characters): {diagnostic.Span.Path} lines {diagnostic.Span.StartLine}-{diagnostic.Span.EndLine}, offsets {diagnostic.Span.StartOffset}-{diagnostic.Span.EndOffset}: {diagnostic.Message}");
        foreach (var finding in result.Findings)
            foreach (var span in finding.Related.Select(r => r.Span).Prepend(finding.Location).Where(s => !IsInside(s, text)))
                violations.Add($"a {finding.RuleId} finding points outside the file ({text.LineCount} lines, {text.Text.Length} characters): {span.Path} lines {span.StartLine}-{span.EndLine}, offsets {span.StartOffset}-{span.EndOffset}: {finding.Message}");
        return violations;
    }

    private static bool IsInside(SourceSpan span, SourceText text) =>
        span.Path == text.Path
        && 0 <= span.StartOffset && span.StartOffset <= span.EndOffset && span.EndOffset <= text.Text.Length
        && 1 <= span.StartLine && span.StartLine <= span.EndLine && span.EndLine <= text.LineCount
        && text.LineOf(span.StartOffset) == span.StartLine
        && span.StartColumn >= 1 && span.EndColumn >= 1;
}
