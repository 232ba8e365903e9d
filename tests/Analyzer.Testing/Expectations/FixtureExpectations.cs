using Analyzer.Core.Frontends;
using Analyzer.Core.Text;

namespace Analyzer.Testing.Expectations;

/// <summary>
/// The expectations written inline in one fixture file.
/// <para>
/// A marker is a comment part that starts with <c>Noncompliant</c> or <c>Secondary</c>. A comment starts where the
/// language's line-comment prefix (<see cref="CommentSyntax.LinePrefix"/>) appears outside a quoted string; every
/// further prefix on the line starts a new part, so one line can hold several markers and ordinary comment text:
/// <c>act x // racy // Noncompliant [TOY001] // Noncompliant [TOY009]</c>.
/// </para>
/// <list type="bullet">
/// <item><c>Noncompliant</c> expects one finding whose primary location starts on the marker's line. Options, in any
/// order, each at most once: <c>@+N</c>/<c>@-N</c> shifts the line, <c>[RULE_ID]</c> names the rule,
/// <c>{{exact message}}</c> gives the message. Several findings on one line take one marker each; a count
/// (<c>Noncompliant 2</c>) is an error.</item>
/// <item><c>Secondary [role]</c> expects a related location with that <see cref="Core.Findings.LocationRole"/>
/// (case-insensitive) starting on the marker's line, in some finding that a <c>Noncompliant</c> marker matched.
/// Options: <c>@+N</c>/<c>@-N</c> and <c>{{exact related message}}</c>. Related locations nobody asserted are allowed.</item>
/// </list>
/// A part that starts with a keyword but does not parse becomes a <see cref="MarkerError"/>, which fails the verification.
/// </summary>
public sealed class FixtureExpectations
{
    private FixtureExpectations(IReadOnlyList<ExpectedFinding> findings, IReadOnlyList<ExpectedSecondary> secondaries, IReadOnlyList<MarkerError> errors)
    {
        Findings = findings;
        Secondaries = secondaries;
        Errors = errors;
    }

    /// <summary>The expected findings, in line order.</summary>
    public IReadOnlyList<ExpectedFinding> Findings { get; }

    /// <summary>The expected related locations, in line order.</summary>
    public IReadOnlyList<ExpectedSecondary> Secondaries { get; }

    /// <summary>Markers that do not parse.</summary>
    public IReadOnlyList<MarkerError> Errors { get; }

    /// <summary>Reads the markers in <paramref name="text"/>, whose comments start with <paramref name="syntax"/>'s prefix.
    /// Paths in the result are <paramref name="text"/>'s <see cref="SourceText.Path"/>.</summary>
    public static FixtureExpectations Parse(SourceText text, CommentSyntax syntax)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(syntax);
        var prefix = syntax.LinePrefix;
        if (string.IsNullOrEmpty(prefix)) throw new ArgumentException("the comment prefix is empty", nameof(syntax));
        var findings = new List<ExpectedFinding>();
        var secondaries = new List<ExpectedSecondary>();
        var errors = new List<MarkerError>();
        for (var line = 1; line <= text.LineCount; line++)
        {
            var code = text.Line(line);
            var at = CommentScanner.FindCommentStart(code, prefix);
            if (at < 0) continue;
            foreach (var part in CommentScanner.Parts(code[(at + prefix.Length)..], prefix))
                MarkerParser.Parse(part, text.Path, line, text.LineCount, findings, secondaries, errors);
        }
        return new FixtureExpectations(findings, secondaries, errors);
    }
}
