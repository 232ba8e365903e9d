using Analyzer.Core.Findings;
using Analyzer.Core.Semantics;
using Analyzer.Core.Text;

namespace Analyzer.Core.Engine;

/// <summary>What a scan keeps of one package once its IR is dropped: everything the scan's result and its scan-end
/// rules need from it, and everything the cache stores for it.</summary>
internal sealed record PackageResult(
    IReadOnlyList<ScannedFile> Files,
    IReadOnlyList<ParseDiagnostic> Diagnostics,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<TypeSummary> Types,
    IReadOnlyList<FunctionSummary> Functions);
