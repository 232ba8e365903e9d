using Analyzer.Core.Findings;

namespace Analyzer.Testing.Expectations;

/// <summary>
/// A related location a fixture expects, written as <c>Secondary [role]</c> in a comment. The verifier requires that
/// some finding matched by a <c>Noncompliant</c> marker has a related location with this role starting on this line
/// (in this file); related locations nobody asserted are allowed.
/// </summary>
/// <param name="Path">The fixture file, as the scan reports it.</param>
/// <param name="Line">The 1-based line the related location must start on (the marker's line shifted by <c>@+N</c>/<c>@-N</c>).</param>
/// <param name="MarkerLine">The line the marker is written on.</param>
/// <param name="Role">The related location's role.</param>
/// <param name="Message">The related location's exact message (<c>{{message}}</c>); null when any message will do.</param>
public sealed record ExpectedSecondary(string Path, int Line, int MarkerLine, LocationRole Role, string? Message)
{
    /// <summary>The marker's options as written, for failure messages: <c>[check] {{message}}</c>.</summary>
    public string Describe() => MarkerText.Describe(Role.ToString().ToLowerInvariant(), Message);
}
