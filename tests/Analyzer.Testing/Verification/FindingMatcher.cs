using Analyzer.Core.Engine;
using Analyzer.Core.Findings;
using Analyzer.Core.Text;
using Analyzer.Testing.Expectations;

namespace Analyzer.Testing.Verification;

/// <summary>Compares a scan's results with the fixture files' markers.</summary>
internal sealed class FindingMatcher
{
    private readonly Dictionary<string, string> _fullPaths;

    private FindingMatcher(IReadOnlyList<FixtureFile> files) =>
        _fullPaths = files.ToDictionary(f => f.ReportedPath, f => f.FullPath, StringComparer.Ordinal);

    /// <summary>Every mismatch, ordered by path, line and kind.</summary>
    public static List<FixtureMismatch> Compare(IReadOnlyList<FixtureFile> files, ScanResult result, VerifyOptions options)
    {
        var matcher = new FindingMatcher(files);
        var mismatches = new List<FixtureMismatch>();
        foreach (var error in files.SelectMany(f => f.Expectations.Errors))
            mismatches.Add(matcher.Mismatch(error.Path, error.Line, MismatchKind.MalformedMarker, $"'{error.Marker}': {error.Problem}"));

        var matched = matcher.MatchFindings(files.SelectMany(f => f.Expectations.Findings).ToList(), result.Findings, mismatches);
        matcher.CheckSecondaries(files.SelectMany(f => f.Expectations.Secondaries), matched, result.Findings, mismatches);

        if (!options.AllowErrorDiagnostics)
            foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
                mismatches.Add(matcher.Mismatch(diagnostic.Span.Path, diagnostic.Span.StartLine, MismatchKind.UnexpectedDiagnostic,
                    $"{diagnostic.Span.StartLine}:{diagnostic.Span.StartColumn}: {diagnostic.Message}"));

        return mismatches.OrderBy(m => m.Path, StringComparer.Ordinal).ThenBy(m => m.Line).ThenBy(m => m.Kind).ToList();
    }

    /// <summary>One line per reported finding, for the failure message.</summary>
    public static List<string> DescribeAll(IReadOnlyList<FixtureFile> files, ScanResult result)
    {
        var matcher = new FindingMatcher(files);
        return result.Findings.Select(f => $"{matcher.FullPath(f.Location.Path)}:{f.Location.StartLine}:{f.Location.StartColumn} {Describe(f)}{matcher.DescribeRelated(f)}").ToList();
    }

    private List<Finding> MatchFindings(List<ExpectedFinding> expected, IReadOnlyList<Finding> actual, List<FixtureMismatch> mismatches)
    {
        var matched = new List<Finding>();
        var lines = expected.Select(e => (e.Path, e.Line))
            .Concat(actual.Select(a => (a.Location.Path, Line: a.Location.StartLine)))
            .Distinct().OrderBy(k => k.Path, StringComparer.Ordinal).ThenBy(k => k.Item2);
        foreach (var (path, line) in lines)
        {
            var wanted = expected.Where(e => e.Path == path && e.Line == line).ToList();
            var got = actual.Where(a => a.Location.Path == path && a.Location.StartLine == line).ToList();
            var pairs = MaximumMatching(wanted, got);
            matched.AddRange(pairs.Where(p => p >= 0).Select(p => got[p]));
            var leftWanted = wanted.Where((_, i) => pairs[i] < 0).ToList();
            var leftGot = got.Where((_, j) => !pairs.Contains(j)).ToList();

            // On a line with both an unmatched marker and an unmatched finding, say what differs rather than
            // reporting one missing and one unexpected finding.
            var paired = Math.Min(leftWanted.Count, leftGot.Count);
            for (var k = 0; k < paired; k++)
                mismatches.Add(Mismatch(path, line, MismatchKind.WrongFinding,
                    $"the marker on line {leftWanted[k].MarkerLine} expects {DescribeExpected(leftWanted[k])}, but the finding here is {Describe(leftGot[k])}{Differences(leftWanted[k], leftGot[k])}"));
            foreach (var e in leftWanted.Skip(paired))
                mismatches.Add(Mismatch(path, line, MismatchKind.MissingFinding,
                    $"the marker on line {e.MarkerLine} expects {DescribeExpected(e)}, but nothing{(got.Count > 0 ? " more" : "")} was reported on this line"));
            foreach (var a in leftGot.Skip(paired))
                mismatches.Add(Mismatch(path, line, MismatchKind.UnexpectedFinding,
                    $"{Describe(a)} at column {a.Location.StartColumn}{DescribeRelated(a)}; add '{MarkerParser.NoncompliantKeyword}' on this line if it is expected"));
        }
        return matched;
    }

    private void CheckSecondaries(IEnumerable<ExpectedSecondary> secondaries, List<Finding> matched, IReadOnlyList<Finding> all, List<FixtureMismatch> mismatches)
    {
        foreach (var s in secondaries)
        {
            if (matched.Any(f => f.Related.Any(r => Fits(s, r)))) continue;
            var here = all.SelectMany(f => f.Related.Select(r => (Finding: f, Related: r)))
                .Where(p => p.Related.Span.Path == s.Path && p.Related.Span.StartLine == s.Line)
                .Select(p => $"{p.Related.Role.ToString().ToLowerInvariant()} {{{{{p.Related.Message}}}}} of {p.Finding.RuleId} on line {p.Finding.Location.StartLine}")
                .ToList();
            var seen = here.Count == 0
                ? "no finding has a related location on this line"
                : "related locations on this line: " + string.Join("; ", here);
            mismatches.Add(Mismatch(s.Path, s.Line, MismatchKind.MissingSecondary,
                $"the marker on line {s.MarkerLine} expects a related location {s.Describe()} in a finding some Noncompliant marker matched; {seen}"));
        }
    }

    private static bool Fits(ExpectedFinding e, Finding a) =>
        (e.RuleId is null || e.RuleId == a.RuleId) && (e.Message is null || e.Message == a.Message);

    private static bool Fits(ExpectedSecondary s, RelatedLocation r) =>
        r.Role == s.Role && r.Span.Path == s.Path && r.Span.StartLine == s.Line && (s.Message is null || s.Message == r.Message);

    /// <summary>For each expected finding, the index of the actual finding it is paired with (-1: none), pairing as
    /// many as possible (augmenting paths; lines hold a handful of findings).</summary>
    private static int[] MaximumMatching(List<ExpectedFinding> wanted, List<Finding> got)
    {
        var ownerOf = Enumerable.Repeat(-1, got.Count).ToArray();
        for (var i = 0; i < wanted.Count; i++) TryAssign(i, new bool[got.Count]);
        var pairs = Enumerable.Repeat(-1, wanted.Count).ToArray();
        for (var j = 0; j < got.Count; j++)
            if (ownerOf[j] >= 0) pairs[ownerOf[j]] = j;
        return pairs;

        bool TryAssign(int i, bool[] visited)
        {
            for (var j = 0; j < got.Count; j++)
            {
                if (visited[j] || !Fits(wanted[i], got[j])) continue;
                visited[j] = true;
                if (ownerOf[j] < 0 || TryAssign(ownerOf[j], visited))
                {
                    ownerOf[j] = i;
                    return true;
                }
            }
            return false;
        }
    }

    private static string DescribeExpected(ExpectedFinding e)
    {
        var options = e.Describe();
        return options.Length == 0 ? "a finding" : $"a finding {options}";
    }

    private static string Describe(Finding f) => $"[{f.RuleId}] {{{{{f.Message}}}}}";

    private string DescribeRelated(Finding f) => f.Related.Count == 0
        ? string.Empty
        : " (related: " + string.Join(", ", f.Related.Select(r => $"{r.Role.ToString().ToLowerInvariant()} {(r.Span.Path == f.Location.Path ? "" : FullPath(r.Span.Path) + ":")}line {r.Span.StartLine}")) + ")";

    private static string Differences(ExpectedFinding e, Finding a)
    {
        var parts = new List<string>();
        if (e.RuleId is not null && e.RuleId != a.RuleId) parts.Add($"the rule id differs ({e.RuleId} expected, {a.RuleId} reported)");
        if (e.Message is not null && e.Message != a.Message) parts.Add("the message differs");
        return parts.Count == 0 ? string.Empty : ": " + string.Join(" and ", parts);
    }

    private FixtureMismatch Mismatch(string reportedPath, int line, MismatchKind kind, string message) =>
        new(FullPath(reportedPath), line, kind, message);

    private string FullPath(string reportedPath) => _fullPaths.GetValueOrDefault(reportedPath, reportedPath);
}
