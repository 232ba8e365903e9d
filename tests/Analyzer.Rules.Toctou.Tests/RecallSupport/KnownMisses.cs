namespace Analyzer.Rules.Toctou.Tests.RecallSupport;

/// <summary>How a listed case falls short today: its racy act is not reported, or its fixed version still is.</summary>
public enum MissKind
{
    Missed,
    FixedReported,
}

/// <param name="Reason">One short line on what the analyzer lacks for this case.</param>
public sealed record KnownMiss(string Language, string Case, MissKind Kind, string Reason);

/// <summary>Recall/known-misses.tsv: language, case, kind (missed | fixed-reported), reason; '#' starts a comment
/// line. The recall test holds every listed case to its listed behaviour, so a rule change that fixes (or breaks) one
/// fails until the list says so.</summary>
public static class KnownMisses
{
    public static IReadOnlyList<KnownMiss> Load() => Parse(File.ReadAllLines(Path.Combine(RecallCase.Root, "known-misses.tsv")));

    public static IReadOnlyList<KnownMiss> Parse(IEnumerable<string> lines) =>
        lines.Select((line, index) => (line, number: index + 1))
            .Where(l => l.line.Trim().Length > 0 && !l.line.TrimStart().StartsWith('#'))
            .Select(l => ParseLine(l.line, l.number))
            .ToList();

    private static KnownMiss ParseLine(string line, int number)
    {
        var columns = line.Split('\t');
        if (columns.Length != 4 || columns.Any(c => c.Trim().Length == 0))
            throw new FormatException($"known-misses.tsv:{number}: expected 4 tab-separated columns (language, case, kind, reason), got '{line}'");
        var kind = columns[2].Trim() switch
        {
            "missed" => MissKind.Missed,
            "fixed-reported" => MissKind.FixedReported,
            var other => throw new FormatException($"known-misses.tsv:{number}: kind '{other}' is neither 'missed' nor 'fixed-reported'"),
        };
        return new KnownMiss(columns[0].Trim(), columns[1].Trim(), kind, columns[3].Trim());
    }
}
