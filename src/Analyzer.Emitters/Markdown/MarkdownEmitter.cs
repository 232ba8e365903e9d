using System.Globalization;
using Analyzer.Core.Engine;
using Analyzer.Core.Findings;
using Analyzer.Core.Rules;
using Analyzer.Emitters.Reporting;

namespace Analyzer.Emitters.Markdown;

/// <summary>
/// A report for people, in CommonMark: a summary (files, lines, findings per level and per rule, parse
/// diagnostics), then the findings grouped by file, each with its message, primary location and code, related
/// locations, for an error a Mermaid diagram of the interleaving, and fix, then the parse diagnostics. The output
/// depends only on the scan result and the tool's identity: no time, no machine path beyond the paths the findings
/// name.
/// </summary>
/// <param name="tool">How the report names the tool; <see cref="ToolIdentity.Default"/> when null.</param>
public sealed class MarkdownEmitter(ToolIdentity? tool = null) : IReportEmitter
{
    /// <summary>How many parse diagnostics the report lists before it says how many more there are.</summary>
    public const int MaxDiagnosticsListed = 200;

    private readonly ToolIdentity _tool = tool ?? ToolIdentity.Default;

    /// <inheritdoc />
    public string Format => "markdown";

    /// <inheritdoc />
    public void Emit(ScanResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var lines = new List<string>();
        WriteHeader(lines);
        WriteSummary(result, lines);
        WriteFindings(result, lines);
        WriteDiagnostics(result, lines);
        // Lines end with \n whatever the platform, so a report is byte-for-byte the same everywhere.
        output.Write(string.Join('\n', lines) + "\n");
    }

    private void WriteHeader(List<string> lines)
    {
        lines.Add("# TOCTOU analysis report");
        lines.Add(string.Empty);
        lines.Add($"Produced by {MarkdownText.InlineCode(_tool.Name)} version {MarkdownText.InlineCode(_tool.Version)}.");
    }

    private static void WriteSummary(ScanResult result, List<string> lines)
    {
        lines.Add(string.Empty);
        lines.Add("## Summary");
        lines.Add(string.Empty);
        var languages = result.Files.GroupBy(f => f.Language, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{MarkdownText.Escape(g.Key)}: {Number(g.Count())}").ToList();
        lines.Add($"- Files scanned: {Number(result.Files.Count)}{(languages.Count > 0 ? $" ({string.Join(", ", languages)})" : string.Empty)}");
        if (result.Excluded.Count > 0)
            lines.Add($"- Files left out: {Number(result.Excluded.Sum(e => e.Files))} ({string.Join(", ", result.Excluded.Select(e => $"{MarkdownText.Escape(e.Reason)}: {Number(e.Files)}"))})");
        lines.Add($"- Lines scanned: {Number(result.Lines)}");
        lines.Add($"- Files with parse errors: {Number(result.Files.Count(f => f.HasErrors))}");
        var severities = ReportVocabulary.SeveritiesBySeverity
            .Select(s => (Name: ReportVocabulary.LevelName(s), Count: result.Diagnostics.Count(d => d.Severity == s)))
            .Where(s => s.Count > 0).Select(s => $"{s.Name}: {Number(s.Count)}").ToList();
        lines.Add($"- Parse diagnostics: {Number(result.Diagnostics.Count)}{(severities.Count > 0 ? $" ({string.Join(", ", severities)})" : string.Empty)}");
        // A finding a toctou:ignore comment accepts is counted in the summary but not listed.
        var listed = result.Unsuppressed.ToList();
        var accepted = result.Findings.Count - listed.Count;
        lines.Add($"- Findings: {Number(listed.Count)}{(accepted > 0 ? $" (and {Number(accepted)} accepted by `toctou:ignore` comments, not listed)" : string.Empty)}");
        if (result.Absent is { } absent)
            lines.Add($"- Against the baseline: {Number(result.CountAgainstBaseline(BaselineState.New))} new, {Number(result.CountAgainstBaseline(BaselineState.Updated))} updated, {Number(result.CountAgainstBaseline(BaselineState.Unchanged))} unchanged; {Number(absent.Count)} absent (fixed, or their code moved away)");

        lines.Add(string.Empty);
        lines.Add("### Findings by level");
        lines.Add(string.Empty);
        lines.Add("| Level | Findings |");
        lines.Add("| --- | ---: |");
        foreach (var level in ReportVocabulary.LevelsBySeverity)
            lines.Add($"| {ReportVocabulary.LevelName(level)} | {Number(listed.Count(f => f.Level == level))} |");

        lines.Add(string.Empty);
        lines.Add("### Findings by rule");
        lines.Add(string.Empty);
        lines.Add("| Rule | Title | Findings |");
        lines.Add("| --- | --- | ---: |");
        // Every rule that ran, then any rule a finding names that is not among them.
        var ruleIds = result.Rules.Select(r => r.Id)
            .Concat(listed.Select(f => f.RuleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal);
        foreach (var id in ruleIds)
        {
            var title = Descriptor(result, id)?.Title ?? string.Empty;
            lines.Add($"| {MarkdownText.Escape(id)} | {MarkdownText.Escape(title)} | {Number(listed.Count(f => f.RuleId == id))} |");
        }
    }

    private static void WriteFindings(ScanResult result, List<string> lines)
    {
        lines.Add(string.Empty);
        lines.Add("## Findings");
        var listed = result.Unsuppressed.ToList();
        if (listed.Count == 0)
        {
            lines.Add(string.Empty);
            lines.Add("No findings.");
            return;
        }
        var languages = new LanguageTags(result.Files);
        var number = 0;
        // The engine orders findings by path already; grouping keeps that order inside each file.
        foreach (var file in listed.GroupBy(f => f.Location.Path, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var count = file.Count();
            lines.Add(string.Empty);
            lines.Add($"### {MarkdownText.InlineCode(file.Key)} ({Number(count)} {(count == 1 ? "finding" : "findings")})");
            foreach (var finding in file) WriteFinding(result, finding, ++number, languages, lines);
        }
    }

    private static void WriteFinding(ScanResult result, Finding finding, int number, LanguageTags languages, List<string> lines)
    {
        var title = Descriptor(result, finding.RuleId)?.Title;
        lines.Add(string.Empty);
        var marks = (finding.InTestCode ? ", test code" : string.Empty) + (finding.BaselineState == BaselineState.New ? ", new" : string.Empty);
        lines.Add($"#### {number}. {MarkdownText.Escape(finding.RuleId)} ({ReportVocabulary.LevelName(finding.Level)}{marks}){(string.IsNullOrWhiteSpace(title) ? string.Empty : ": " + MarkdownText.Escape(title))}");
        lines.Add(string.Empty);
        lines.Add(MarkdownText.Escape(finding.Message));

        lines.Add(string.Empty);
        var where = MarkdownText.InlineCode(finding.Location.ToString());
        var function = string.IsNullOrWhiteSpace(finding.FunctionName) ? string.Empty : $" in {MarkdownText.InlineCode(finding.FunctionName)}";
        var code = CodeText.Dedent(CodeText.Lines(finding.Code));
        lines.Add($"At {where}{function}{(code.Count > 0 ? ":" : ".")}");
        if (code.Count > 0)
        {
            lines.Add(string.Empty);
            lines.AddRange(MarkdownText.FencedBlock(code, languages.For(finding.Location.Path)));
        }

        if (finding.Related.Count > 0)
        {
            lines.Add(string.Empty);
            lines.Add("Related locations:");
            lines.Add(string.Empty);
            foreach (var related in finding.Related) WriteRelated(related, languages, lines);
        }

        if (finding.Level == FindingLevel.Error && RaceDiagram.Of(finding) is { Count: > 0 } diagram)
        {
            lines.Add(string.Empty);
            lines.Add("How the race goes:");
            lines.Add(string.Empty);
            lines.AddRange(diagram);
        }

        if (!string.IsNullOrWhiteSpace(finding.Fix))
        {
            lines.Add(string.Empty);
            var fix = CodeText.Lines(finding.Fix.Trim());
            if (fix.Count == 1)
            {
                lines.Add($"**Fix:** {MarkdownText.Escape(fix[0])}");
            }
            else
            {
                // A fix of several lines is kept exactly as written (it usually holds code).
                lines.Add("**Fix:**");
                lines.Add(string.Empty);
                lines.AddRange(MarkdownText.FencedBlock(fix, string.Empty));
            }
        }
    }

    private static void WriteRelated(RelatedLocation related, LanguageTags languages, List<string> lines)
    {
        var item = $"- **{ReportVocabulary.RoleName(related.Role)}** {MarkdownText.InlineCode($"{related.Span.Path}:{related.Span.StartLine}")}";
        if (!string.IsNullOrWhiteSpace(related.Message)) item += ": " + MarkdownText.Escape(related.Message);
        var code = CodeText.Dedent(CodeText.Lines(related.Code));
        if (code.Count == 1 && code[0].Trim().Length > 0)
        {
            lines.Add($"{item} — {MarkdownText.InlineCode(code[0])}");
        }
        else if (code.Count > 1)
        {
            // A fence may interrupt the item's paragraph, so the list stays tight.
            lines.Add(item);
            lines.AddRange(MarkdownText.FencedBlock(code, languages.For(related.Span.Path), indent: "  "));
        }
        else
        {
            lines.Add(item);
        }
    }

    private static void WriteDiagnostics(ScanResult result, List<string> lines)
    {
        lines.Add(string.Empty);
        lines.Add("## Parse diagnostics");
        lines.Add(string.Empty);
        if (result.Diagnostics.Count == 0)
        {
            lines.Add("None.");
            return;
        }
        foreach (var diagnostic in result.Diagnostics.Take(MaxDiagnosticsListed))
            lines.Add($"- {MarkdownText.InlineCode(diagnostic.Span.ToString())}: {ReportVocabulary.LevelName(diagnostic.Severity)}: {MarkdownText.Escape(diagnostic.Message)}");
        if (result.Diagnostics.Count > MaxDiagnosticsListed)
            lines.Add($"- … and {Number(result.Diagnostics.Count - MaxDiagnosticsListed)} more.");
    }

    private static RuleDescriptor? Descriptor(ScanResult result, string ruleId) =>
        result.Rules.FirstOrDefault(r => string.Equals(r.Id, ruleId, StringComparison.Ordinal));

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
