using Analyzer.Core.Findings;

namespace Analyzer.SampleHost.Localization;

/// <summary>A finding with how well it matches the scenario.</summary>
internal sealed record RankedFinding(Finding Finding, int Score)
{
    /// <summary>The finding's check-then-act facts; the report ranks only findings that have them (not the notices
    /// about suppression comments, whatever level a configuration gives those).</summary>
    public CheckActFacts Facts => Finding.CheckAct ?? throw new InvalidOperationException($"{Finding.RuleId} finding at {Finding.Location} has no check-then-act facts");

    /// <summary>Ranks findings: trace frames first (file, then function), then symptom words, then level; ties by location.</summary>
    public static List<RankedFinding> Rank(IEnumerable<Finding> findings, Scenario scenario) =>
        findings.Select(f => new RankedFinding(f, ScoreOf(f, scenario)))
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.Finding.Location.Path, StringComparer.Ordinal)
            .ThenBy(r => r.Finding.Location.StartLine)
            .ThenBy(r => r.Finding.RuleId, StringComparer.Ordinal)
            .ToList();

    private static int ScoreOf(Finding finding, Scenario scenario)
    {
        var score = finding.Level switch { FindingLevel.Error => 15, FindingLevel.Warning => 5, _ => 0 };
        var function = finding.CheckAct?.Function;
        var fileName = finding.Location.Path.Split('/')[^1];
        foreach (var (file, frameFunction) in scenario.Frames)
        {
            if (fileName == file) score += 40;
            if (function == frameFunction) score += 60;
        }
        var words = Scenario.Tokens(string.Join('\n', [finding.Message, finding.FunctionName, finding.Code, string.Join(',', finding.CheckAct?.Operations ?? []), .. finding.Related.Select(r => r.Message)]));
        score += 3 * scenario.Words.Count(words.Contains);
        // Evidence that the race is real or hidden (a race comment, a swallowed failure) is what a symptom report points at.
        score += 10 * finding.Related.Count(r => r.Role is LocationRole.Evidence or LocationRole.SwallowedException);
        return score;
    }
}
