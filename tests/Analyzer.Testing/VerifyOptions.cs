namespace Analyzer.Testing;

/// <summary>How strict <see cref="Verifier"/> is beyond the markers.</summary>
public sealed record VerifyOptions
{
    /// <summary>The defaults: an error diagnostic (a parse error, a failing rule) fails the verification.</summary>
    public static VerifyOptions Default { get; } = new();

    /// <summary>True to accept error diagnostics, for fixtures that test recovery from syntax errors.</summary>
    public bool AllowErrorDiagnostics { get; init; }

    /// <summary>Files parsed at once (<see cref="Core.Engine.ScanRequest.MaxParallelism"/>); null for the engine's default.</summary>
    public int? MaxParallelism { get; init; }
}
