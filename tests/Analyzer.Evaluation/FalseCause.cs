using System.Text.RegularExpressions;

namespace Analyzer.Evaluation;

/// <summary>How many in-scope findings of one corpus the triage judged false for one cause: the bracketed tag a false
/// verdict's reason starts with (<c>[single-owner]</c>, <c>[other: …]</c> counts as <c>other</c>), or <c>unstated</c>.</summary>
public sealed partial record FalseCause(string Corpus, string Cause, int Count)
{
    public const string Unstated = "unstated";

    /// <summary>The cause a false verdict's reason names.</summary>
    public static string Of(TriageEntry entry) => Tag().Match(entry.Reason) is { Success: true } tag ? tag.Groups[1].Value.Trim() : Unstated;

    [GeneratedRegex(@"^\[([^\]:]+)")]
    private static partial Regex Tag();
}
