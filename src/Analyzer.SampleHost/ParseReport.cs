using System.Diagnostics;
using Analyzer.Core.Engine;
using Analyzer.Core.Text;

namespace Analyzer.SampleHost;

/// <summary>What the parse command prints: counts, syntax errors (capped), time, throughput and peak memory.</summary>
/// <param name="Files">Files read.</param>
/// <param name="Lines">Lines read.</param>
/// <param name="FilesWithErrors">Files with at least one error-level diagnostic.</param>
/// <param name="Languages">The same counts per language.</param>
/// <param name="Errors">The first error-level diagnostics, in path order.</param>
/// <param name="ErrorsNotShown">How many more error-level diagnostics there were.</param>
/// <param name="Seconds">Wall-clock seconds of the parse.</param>
/// <param name="LinesPerSecond">Lines divided by seconds.</param>
/// <param name="PeakWorkingSetBytes">The process's peak working set after the parse.</param>
/// <param name="Runtime">What the runtime spent during the parse: processor, JIT, GC pauses, allocation.</param>
internal sealed record ParseReport(
    int Files,
    long Lines,
    int FilesWithErrors,
    IReadOnlyList<LanguageCounts> Languages,
    IReadOnlyList<SyntaxError> Errors,
    int ErrorsNotShown,
    double Seconds,
    double LinesPerSecond,
    long PeakWorkingSetBytes,
    RuntimeCost Runtime)
{
    public static ParseReport From(ScanResult result, RuntimeCost runtime, int maxErrors)
    {
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var seconds = result.Elapsed.TotalSeconds;
        using var process = Process.GetCurrentProcess();
        return new ParseReport(
            result.Files.Count,
            result.Lines,
            result.Files.Count(f => f.HasErrors),
            result.Files.GroupBy(f => f.Language, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new LanguageCounts(g.Key, g.Count(), g.Sum(f => (long)f.Lines), g.Count(f => f.HasErrors))).ToList(),
            errors.Take(maxErrors).Select(d => new SyntaxError(d.Span.Path, d.Span.StartLine, d.Span.StartColumn, d.Message)).ToList(),
            Math.Max(0, errors.Count - maxErrors),
            Math.Round(seconds, 3),
            seconds > 0 ? Math.Round(result.Lines / seconds) : 0,
            process.PeakWorkingSet64,
            runtime);
    }
}

/// <summary>Counts for one language.</summary>
internal sealed record LanguageCounts(string Language, int Files, long Lines, int FilesWithErrors);

/// <summary>One syntax error: path:line:col and the message.</summary>
internal sealed record SyntaxError(string Path, int Line, int Column, string Message);
