using System.Text;
using Analyzer.Core.Engine;
using Analyzer.Core.Findings;
using Analyzer.Core.Text;
using Analyzer.Emitters.Reporting;

namespace Analyzer.Emitters.GitHub;

/// <summary>
/// GitHub Actions workflow commands, one line per finding and per error-level parse diagnostic, which the runner shows
/// as annotations on the changed files: <c>::warning file=pkg/queue.go,line=36,col=3,endLine=36,endColumn=20,title=TOCTOU001 …::message</c>.
/// A note is a <c>::notice</c>; a finding a <c>toctou:ignore</c> comment accepts is left out. Paths are as findings name them, relative to the scanned folder, so scan the
/// repository's root for the annotations to land on its files. Values are escaped as the runner reads them
/// (<c>%</c>, line breaks, and in properties <c>:</c> and <c>,</c>).
/// </summary>
public sealed class GitHubAnnotationsEmitter : IReportEmitter
{
    /// <inheritdoc />
    public string Format => "github";

    /// <inheritdoc />
    public void Emit(ScanResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var titles = result.Rules.ToDictionary(r => r.Id, r => r.Title, StringComparer.Ordinal);
        foreach (var finding in result.Unsuppressed)
        {
            var title = titles.TryGetValue(finding.RuleId, out var ruleTitle) ? $"{finding.RuleId} {ruleTitle}" : finding.RuleId;
            Write(output, Command(finding.Level), finding.Location, title, finding.Message);
        }
        foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
            Write(output, "error", diagnostic.Span, "parse error", diagnostic.Message);
    }

    private static string Command(FindingLevel level) => level switch
    {
        FindingLevel.Error => "error",
        FindingLevel.Warning => "warning",
        _ => "notice",
    };

    private static void Write(TextWriter output, string command, SourceSpan span, string title, string message)
    {
        var line = new StringBuilder("::").Append(command)
            .Append(" file=").Append(Property(span.Path))
            .Append(",line=").Append(span.StartLine).Append(",col=").Append(span.StartColumn)
            .Append(",endLine=").Append(span.EndLine).Append(",endColumn=").Append(span.EndColumn)
            .Append(",title=").Append(Property(title))
            .Append("::").Append(Data(message));
        output.WriteLine(line.ToString());
    }

    private static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
