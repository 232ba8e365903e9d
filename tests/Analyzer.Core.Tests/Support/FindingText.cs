using Analyzer.Core.Engine;
using Analyzer.Core.Findings;

namespace Analyzer.Core.Tests.Support;

/// <summary>Renders results as text, so two scans can be compared in full.</summary>
internal static class FindingText
{
    public static string Of(Finding f) =>
        $"{f.Location} {f.RuleId} {f.Level} {f.Message} [{f.FunctionName}] {f.Fingerprint} " +
        string.Join(", ", f.Related.Select(r => $"{r.Role}@{r.Span}:{r.Message}"));

    public static List<string> Of(ScanResult result) =>
        result.Files.Select(f => $"file {f.Path} {f.Language} {f.Lines} {f.HasErrors}")
            .Concat(result.Diagnostics.Select(d => $"diagnostic {d}"))
            .Concat(result.Findings.Select(Of))
            .ToList();
}
