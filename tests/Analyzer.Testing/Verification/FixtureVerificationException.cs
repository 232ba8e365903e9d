using System.Text;

namespace Analyzer.Testing.Verification;

/// <summary>
/// Thrown when a fixture's markers and the analyzer's results differ. The message lists every mismatch (path:line,
/// rule id, message) and every finding the scan reported, so the fixture can be fixed in one go.
/// </summary>
public sealed class FixtureVerificationException : Exception
{
    /// <summary>Creates the exception for <paramref name="fixture"/>.</summary>
    public FixtureVerificationException(string fixture, IReadOnlyList<FixtureMismatch> mismatches, IReadOnlyList<string> reported)
        : base(Format(fixture, mismatches, reported))
    {
        Fixture = fixture;
        Mismatches = mismatches;
    }

    /// <summary>The fixture file or folder verified.</summary>
    public string Fixture { get; }

    /// <summary>Every mismatch, ordered by path and line.</summary>
    public IReadOnlyList<FixtureMismatch> Mismatches { get; }

    private static string Format(string fixture, IReadOnlyList<FixtureMismatch> mismatches, IReadOnlyList<string> reported)
    {
        var text = new StringBuilder();
        text.Append("The fixture ").Append(fixture).Append(" does not match the analyzer's results (")
            .Append(mismatches.Count).Append(mismatches.Count == 1 ? " problem" : " problems").AppendLine("):");
        foreach (var mismatch in mismatches) text.Append("  ").AppendLine(mismatch.ToString());
        text.AppendLine(reported.Count == 0 ? "The scan reported no findings." : "The scan reported:");
        foreach (var line in reported) text.Append("  ").AppendLine(line);
        return text.ToString().TrimEnd();
    }
}
