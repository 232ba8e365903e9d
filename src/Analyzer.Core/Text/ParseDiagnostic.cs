namespace Analyzer.Core.Text;

/// <summary>How bad a parse diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Informational.</summary>
    Info,
    /// <summary>The file parsed, with something worth knowing.</summary>
    Warning,
    /// <summary>The file (or part of it) could not be parsed; the IR for that part is missing.</summary>
    Error,
}

/// <summary>A problem found while reading or parsing a file: where, what, and what to do.</summary>
public sealed record ParseDiagnostic(SourceSpan Span, DiagnosticSeverity Severity, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Span}: {Severity.ToString().ToLowerInvariant()}: {Message}";
}
