using System.Diagnostics;
using Analyzer.Core.Engine;
using Analyzer.Core.Frontends;
using Analyzer.Core.Text;

namespace Analyzer.Testing;

/// <summary>One frontend's parse of a whole real tree through the engine, with what a corpus test asserts: the files
/// with syntax errors and the files the frontend failed on.</summary>
/// <param name="Result">The scan (rules not run).</param>
/// <param name="FilesWithErrors">Paths of the files with syntax errors.</param>
/// <param name="FrontendFailures">Diagnostics of files the frontend threw on.</param>
/// <param name="PeakWorkingSetBefore">The process's peak working set before the scan.</param>
/// <param name="PeakWorkingSetAfter">The process's peak working set after it.</param>
public sealed record CorpusParse(
    ScanResult Result,
    IReadOnlyList<string> FilesWithErrors,
    IReadOnlyList<ParseDiagnostic> FrontendFailures,
    long PeakWorkingSetBefore,
    long PeakWorkingSetAfter)
{
    /// <summary>Parses every file under <paramref name="root"/> that <paramref name="frontend"/> reads.</summary>
    public static CorpusParse Run(ILanguageFrontend frontend, string root)
    {
        var engine = TestEngine.Create(frontend);
        GC.Collect();
        var before = Process.GetCurrentProcess().PeakWorkingSet64;
        var result = engine.Scan(new ScanRequest([root], RunRules: false, DefaultExcludes: false));
        var after = Process.GetCurrentProcess().PeakWorkingSet64;
        return new CorpusParse(
            result,
            result.Files.Where(f => f.HasErrors).Select(f => f.Path).ToList(),
            result.Diagnostics.Where(d => d.Message.Contains("frontend failed", StringComparison.Ordinal)).ToList(),
            before,
            after);
    }

    /// <summary>One line for the test log: counts, speed, errors, failures and memory.</summary>
    public string Summary(string corpus)
    {
        var seconds = Result.Elapsed.TotalSeconds;
        return $"{corpus}: {Result.Files.Count:N0} files, {Result.Lines:N0} lines in {seconds:F2} s " +
               $"({Result.Lines / seconds:N0} lines/s); {FilesWithErrors.Count} files with syntax errors; " +
               $"{FrontendFailures.Count} frontend failures; peak working set {PeakWorkingSetAfter / (1024 * 1024):N0} MB " +
               $"(before the scan {PeakWorkingSetBefore / (1024 * 1024):N0} MB)";
    }
}
