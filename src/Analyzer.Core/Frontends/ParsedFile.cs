using Analyzer.Core.Ir;
using Analyzer.Core.Text;

namespace Analyzer.Core.Frontends;

/// <summary>The result of parsing one file: its IR (null when nothing usable could be read) and diagnostics.</summary>
public sealed record ParsedFile(SourceText Text, Module? Module, IReadOnlyList<ParseDiagnostic> Diagnostics)
{
    /// <summary>True when the file had at least one error-level diagnostic.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
