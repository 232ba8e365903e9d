using System.Text.RegularExpressions;

namespace Analyzer.Frontends.Go;

/// <summary>What Go's tools agree a file is: generated (go.dev/s/generatedcode: a line
/// <c>// Code generated … DO NOT EDIT.</c> before the first text that is not a comment or blank) or test code (a file
/// whose name ends in <c>_test.go</c>, which only <c>go test</c> builds).</summary>
internal static partial class GoFileConventions
{
    [GeneratedRegex(@"^// Code generated .* DO NOT EDIT\.$")]
    private static partial Regex GeneratedMarker();

    public static bool IsGenerated(string head)
    {
        var inBlockComment = false;
        foreach (var raw in head.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (GeneratedMarker().IsMatch(line)) return true;
            var text = line.Trim();
            if (inBlockComment)
            {
                inBlockComment = !text.Contains("*/", StringComparison.Ordinal);
                continue;
            }
            if (text.StartsWith("/*", StringComparison.Ordinal))
            {
                inBlockComment = !text.Contains("*/", StringComparison.Ordinal);
                continue;
            }
            if (text.Length > 0 && !text.StartsWith("//", StringComparison.Ordinal)) return false;
        }
        return false;
    }

    public static bool IsTestCode(string path) => path.EndsWith("_test.go", StringComparison.Ordinal);
}
