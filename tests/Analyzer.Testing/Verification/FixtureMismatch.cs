namespace Analyzer.Testing.Verification;

/// <summary>One difference between a fixture's markers and what the analyzer reported.</summary>
/// <param name="Path">The fixture file's full path, so the line can be opened from the failure message.</param>
/// <param name="Line">The 1-based line the mismatch is about.</param>
/// <param name="Kind">What went wrong.</param>
/// <param name="Message">What was expected and what was reported, with rule ids and messages.</param>
public sealed record FixtureMismatch(string Path, int Line, MismatchKind Kind, string Message)
{
    /// <summary>"path:line: kind: message".</summary>
    public override string ToString() => $"{Path}:{Line}: {KindText}: {Message}";

    private string KindText => Kind switch
    {
        MismatchKind.MalformedMarker => "malformed marker",
        MismatchKind.MissingFinding => "missing finding",
        MismatchKind.UnexpectedFinding => "unexpected finding",
        MismatchKind.WrongFinding => "wrong finding",
        MismatchKind.MissingSecondary => "missing secondary",
        MismatchKind.UnexpectedDiagnostic => "unexpected diagnostic",
        MismatchKind.NoFixtureFiles => "no fixture files",
        _ => Kind.ToString(),
    };
}
