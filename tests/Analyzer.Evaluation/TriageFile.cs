namespace Analyzer.Evaluation;

/// <summary>The committed triage: a tab-separated file with a header line, one finding per line:
/// <c>corpus fingerprint rule location verdict message reason</c>, where verdict is <c>true</c>, <c>true-benign</c> or
/// <c>false</c> and message is <c>true</c> or <c>false</c> (does the finding's message state only true things).
/// Lines starting with <c>#</c> are comments.</summary>
public static class TriageFile
{
    public const string Header = "corpus\tfingerprint\trule\tlocation\tverdict\tmessage\treason";

    public static IReadOnlyList<TriageEntry> Parse(string text, string fileName)
    {
        var entries = new List<TriageEntry>();
        var seen = new HashSet<(string, string)>();
        var lines = text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#') || line == Header) continue;
            var where = $"{fileName}:{index + 1}";
            var fields = line.Split('\t');
            if (fields.Length != 7)
                throw new FormatException($"{where}: expected 7 tab-separated fields ({Header.Replace('\t', ' ')}), found {fields.Length}");
            if (!Verdicts.ByName.TryGetValue(fields[4], out var verdict))
                throw new FormatException($"{where}: the verdict '{fields[4]}' is not one of {string.Join(", ", Verdicts.ByName.Keys)}");
            if (fields[5] is not ("true" or "false"))
                throw new FormatException($"{where}: the message field '{fields[5]}' must be true or false (does the message state only true things)");
            if (string.IsNullOrWhiteSpace(fields[6]))
                throw new FormatException($"{where}: give a one-line reason for the verdict");
            if (!seen.Add((fields[0], fields[1])))
                throw new FormatException($"{where}: {fields[0]} {fields[1]} is triaged twice; keep one line");
            entries.Add(new TriageEntry(fields[0], fields[1], fields[2], fields[3], verdict, fields[5] == "true", fields[6]));
        }
        return entries;
    }

    /// <summary>A line for a finding nobody has judged yet, with the verdict and message fields left for a person.</summary>
    public static string Blank(ReportedFinding finding) =>
        string.Join('\t', finding.Corpus, finding.Fingerprint, finding.RuleId, finding.Location, "?", "?", finding.Message);
}
