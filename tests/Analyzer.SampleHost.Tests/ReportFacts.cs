using System.Text.RegularExpressions;

namespace Analyzer.SampleHost.Tests;

/// <summary>Reads values back out of a localization report, failing the test when a bullet is missing.</summary>
internal static class ReportFacts
{
    public static IReadOnlyDictionary<string, string> Match(string report, string pattern)
    {
        var match = Regex.Match(report, pattern);
        Assert.That(match.Success, Is.True, $"the report has no bullet matching {pattern}:\n{report}");
        return match.Groups.Keys.Where(k => !int.TryParse(k, out _)).ToDictionary(k => k, k => match.Groups[k].Value);
    }
}
