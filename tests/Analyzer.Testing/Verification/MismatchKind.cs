namespace Analyzer.Testing.Verification;

/// <summary>What went wrong between a fixture's markers and the analyzer's results.</summary>
public enum MismatchKind
{
    /// <summary>A comment looks like a marker but does not parse.</summary>
    MalformedMarker,
    /// <summary>A <c>Noncompliant</c> marker's line has no finding at all.</summary>
    MissingFinding,
    /// <summary>A finding was reported where no marker expects one.</summary>
    UnexpectedFinding,
    /// <summary>A finding is on a marker's line but its rule id or message differs from the marker's.</summary>
    WrongFinding,
    /// <summary>No matched finding has the related location a <c>Secondary</c> marker asserts.</summary>
    MissingSecondary,
    /// <summary>The scan reported an error diagnostic (a parse error or a rule that failed).</summary>
    UnexpectedDiagnostic,
    /// <summary>The fixture folder holds no file the frontend reads.</summary>
    NoFixtureFiles,
}
