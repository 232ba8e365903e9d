using Analyzer.Core.Findings;
using Analyzer.Core.Rules;
using Analyzer.Core.Text;

namespace Analyzer.Core.Engine;

/// <summary>Everything a scan produced, in a deterministic order.</summary>
/// <param name="Files">Every file read, ordered by path.</param>
/// <param name="Diagnostics">Parse and rule diagnostics, ordered by location.</param>
/// <param name="Findings">Findings ordered by path, line, column and rule id.</param>
/// <param name="Rules">The descriptors of the rules that ran.</param>
/// <param name="Elapsed">Wall-clock time of the scan.</param>
public sealed record ScanResult(
    IReadOnlyList<ScannedFile> Files,
    IReadOnlyList<ParseDiagnostic> Diagnostics,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<RuleDescriptor> Rules,
    TimeSpan Elapsed)
{
    /// <summary>Total lines read.</summary>
    public long Lines => Files.Sum(f => (long)f.Lines);

    /// <summary>The findings no <c>toctou:ignore</c> comment accepts: the ones reports list and gates count.</summary>
    public IEnumerable<Finding> Unsuppressed => Findings.Where(f => f.Suppression is null);

    /// <summary>How many unsuppressed findings the comparison with a baseline put in <paramref name="state"/>.</summary>
    public int CountAgainstBaseline(BaselineState state) => Unsuppressed.Count(f => f.BaselineState == state);

    /// <summary>How many packages (folders of one language) came whole from the cache instead of being analysed.</summary>
    public int PackagesReused { get; init; }

    /// <summary>The files left out of the scan, counted by reason (default excludes, generated files, globs).</summary>
    public IReadOnlyList<ExcludedFiles> Excluded { get; init; } = [];

    /// <summary>The baseline's findings this scan no longer reports, when the result was compared with a baseline
    /// (each finding then has its <see cref="Finding.BaselineState"/>); null otherwise.</summary>
    public IReadOnlyList<AbsentFinding>? Absent { get; init; }
}
