using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Analyzer.Core.Findings;

namespace Analyzer.SampleHost.Localization;

/// <summary>
/// Writes the bug-localization report: for each repository, the finding that best matches the scenario, told as the
/// maintainer needs it (where, the check and the act, the locks, the sibling race, the evidence, the safe contrast),
/// then the fixes, then an appendix of every finding ranked. Every path, line, quote and fix comes from a finding.
/// </summary>
internal static partial class LocalizationReport
{
    public static string Write(IReadOnlyList<RepositoryScan> repositories, Scenario scenario)
    {
        var report = new StringBuilder();
        report.Append("# Cache Race Condition Bug Localization\n");
        var fixes = new List<string>();
        var ranked = repositories.Select(r => (Repository: r, Ranked: RankedFinding.Rank(r.Result.Findings.Where(f => f.Level != FindingLevel.Note && f.CheckAct is not null), scenario))).ToList();
        foreach (var (repository, findings) in ranked)
        {
            report.Append('\n');
            if (findings.Count == 0)
            {
                report.Append(CultureInfo.InvariantCulture, $"## {repository.Name}: no race found\n- The scan of {repository.Result.Files.Count} files reported no finding at error or warning level.\n");
                continue;
            }
            var top = findings[0];
            report.Append(CultureInfo.InvariantCulture, $"## {repository.Name}: {Label(top)} Race\n");
            foreach (var bullet in Bullets(top, findings)) report.Append("- ").Append(bullet).Append('\n');
            fixes.Add(Fix(repository.Name, top, Sibling(top, findings)));
        }

        report.Append("\n## Proposed Fixes\n");
        foreach (var fix in fixes) report.Append("- ").Append(fix).Append('\n');

        report.Append("\n## Appendix\n\n### Findings per rule\n\n| rule | ");
        report.AppendJoin(" | ", repositories.Select(r => r.Name)).Append(" |\n|---|");
        report.Append(string.Concat(repositories.Select(_ => "---:|"))).Append('\n');
        var rules = repositories.SelectMany(r => r.Result.Rules).DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            report.Append(CultureInfo.InvariantCulture, $"| {rule.Id} {rule.Title} | ");
            report.AppendJoin(" | ", repositories.Select(r => r.Result.Findings.Count(f => f.RuleId == rule.Id).ToString(CultureInfo.InvariantCulture))).Append(" |\n");
        }
        foreach (var (repository, findings) in ranked)
        {
            report.Append(CultureInfo.InvariantCulture, $"\n### {repository.Name}: findings at error or warning level, ranked against the scenario\n\n");
            report.Append(CultureInfo.InvariantCulture, $"Scanned {repository.Result.Files.Count} files ({repository.Result.Lines} lines) in {repository.Result.Elapsed.TotalSeconds:F1} s.\n\n");
            var rank = 0;
            foreach (var r in findings)
                report.Append(CultureInfo.InvariantCulture, $"{++rank}. `{r.Finding.Location.Path}:{r.Finding.Location.StartLine}` {r.Finding.RuleId} ({Level(r.Finding.Level)}, score {r.Score}) in `{r.Finding.FunctionName}`: {OneLine(r.Finding.Message)}\n");
        }
        return report.ToString();
    }

    private static IEnumerable<string> Bullets(RankedFinding top, IReadOnlyList<RankedFinding> all)
    {
        var f = top.Finding;
        var path = f.Location.Path;
        var facts = top.Facts;
        yield return $"{facts.Function}() location: {path}:{facts.FunctionLine} — in `{f.FunctionName}` ({f.RuleId}, {Level(f.Level)})";

        var check = f.WithRole(LocationRole.Check).FirstOrDefault();
        var acts = Acts(top);
        if (facts.StoreShape is StoreRaceShape.StaleObject or StoreRaceShape.LookupThenMutate || f.RuleId == "TOCTOU001")
        {
            var guard = f.WithRole(LocationRole.Guard).FirstOrDefault() ?? check;
            var read = f.WithRole(LocationRole.Read).FirstOrDefault();
            var readText = read is null ? string.Empty
                : $"; the object it acts on was read by `{FirstLine(read.Code)}` ({read.Span.StartLine}). Interleaving: at T0 the check passes; at T1 another goroutine or thread changes the state the object came from; the act then works on what it read before T0";
            if (guard is not null)
                yield return $"TOCTOU check: `{FirstLine(guard.Code)}` ({guard.Span.StartLine}) before `{facts.Act}` ({f.Location.StartLine}){readText}. {OneLine(f.Message)}";
        }
        else if (check is not null && acts.Count > 0)
        {
            var transaction = f.WithRole(LocationRole.Transaction).FirstOrDefault();
            var inside = transaction is null ? string.Empty : $" inside `{FirstLine(transaction.Code)}` ({transaction.Span.StartLine})";
            yield return $"Check-then-act: {facts.Check} ({check.Span.StartLine}) → {string.Join(" / ", acts.GroupBy(a => a.Verb).Select(g => $"{g.Key} ({string.Join(", ", g.Select(a => a.Line))})"))}{inside}, no row lock. " +
                         $"Interleaving: at T0 two requests both read no row; at T1 both write, and one {acts.Select(a => a.Verb).FirstOrDefault(v => v == "INSERT") ?? acts[0].Verb} collides with or overwrites the other. {OneLine(f.Message)}";
        }
        else if (check is not null)
        {
            // A finding with no recorded acts (a listing then per-key lookups): the check and the act it precedes.
            yield return $"Check-then-act: `{FirstLine(check.Code)}` ({check.Span.StartLine}) before `{FirstLine(f.Code)}` ({f.Location.StartLine}). {OneLine(f.Message)}";
        }

        var locks = f.Related.Where(r => r.Role is LocationRole.Lock or LocationRole.Caller).ToList();
        if (locks.Count > 0)
            yield return "Lock facts: " + string.Join("; ", locks.Select(l => $"{l.Message} (`{FirstLine(l.Code)}`, {l.Span.Path}:{l.Span.StartLine})"));

        if (Sibling(top, all) is { } sibling)
        {
            var s = sibling.Finding;
            var list = s.WithRole(LocationRole.Check).FirstOrDefault();
            var lookup = sibling.Facts.Lookup!;
            yield return $"{sibling.Facts.Function}() race: {s.Location.Path}:{sibling.Facts.FunctionLine} — {lookup.ListCall} at {list?.Span.StartLine} then {lookup.LookupCall} at {s.Location.StartLine}: {OneLine(s.Message)}";
        }

        var swallowed = f.WithRole(LocationRole.SwallowedException).FirstOrDefault();
        var comments = f.WithRole(LocationRole.Evidence).ToList();
        if (swallowed is not null)
        {
            var inHandler = comments.Where(c => swallowed.Span.Contains(c.Span)).ToList();
            var quoted = inHandler.Count == 0 ? string.Empty : " with its comment " + string.Join(" ", inHandler.Select(c => $"\"{Quote(c)}\" ({c.Span.StartLine})"));
            yield return $"Silent failure: `{FirstLine(swallowed.Code)}` ({swallowed.Span.StartLine}) → {swallowed.Outcome ?? "it returns without re-raising"}{quoted}: the collision of a lost race is swallowed, so the caller sees a silently failed write";
            comments = comments.Except(inHandler).ToList();
        }
        foreach (var comment in comments)
            yield return $"Acknowledgment comment: \"{Quote(comment)}\" ({Lines(comment)})";

        var contrast = f.WithRole(LocationRole.Contrast).ToList();
        if (contrast.Count > 0)
        {
            var function2 = contrast[0];
            var lockAt = contrast.Skip(1).FirstOrDefault() ?? function2;
            yield return $"Correct implementation: {function2.Span.Path}:{function2.Span.StartLine} {facts.SafeSibling}() — check and set under `{FirstLine(lockAt.Code)}` ({lockAt.Span.StartLine}): {OneLine(lockAt.Message)}";
        }
    }

    /// <summary>The other half of an external-store race: a listing then per-key lookups in the same file, preferring a direct store lookup.</summary>
    private static RankedFinding? Sibling(RankedFinding top, IReadOnlyList<RankedFinding> all) =>
        all.Where(r => !ReferenceEquals(r, top) && r.Finding.CheckAct?.StoreShape == StoreRaceShape.ListThenLookup && r.Finding.Location.Path == top.Finding.Location.Path)
            .OrderByDescending(r => r.Facts.Lookup!.OnStore)
            .ThenByDescending(r => r.Score)
            .ThenBy(r => r.Finding.Location.StartLine)
            .FirstOrDefault();

    private static string Fix(string repository, RankedFinding top, RankedFinding? sibling)
    {
        var f = top.Finding;
        var where = $"in `{f.Location.Path}`, `{f.FunctionName}()` (check at line {f.WithRole(LocationRole.Check).FirstOrDefault()?.Span.StartLine}, act at line {f.Location.StartLine}";
        var swallowed = f.WithRole(LocationRole.SwallowedException).FirstOrDefault();
        if (swallowed is not null) where += $", `{FirstLine(swallowed.Code)}` at line {swallowed.Span.StartLine}";
        where += ")";
        if (sibling is not null) where += $" and `{sibling.Finding.FunctionName}()` (line {sibling.Finding.Location.StartLine}: {sibling.Finding.Fix})";
        return $"{repository}: {where}. {f.Fix}";
    }

    private static List<ActSite> Acts(RankedFinding top) =>
        top.Facts.Acts.OrderBy(a => a.Verb, StringComparer.Ordinal).ThenBy(a => a.Line).ToList();

    /// <summary>The owner type in words: "DatabaseCache" reads "Database Cache"; an acronym such as "DeltaFIFO" stays whole.</summary>
    private static string Label(RankedFinding top)
    {
        return top.Facts.OwnerType is { } owner ? WordBoundary().Replace(owner, " ") : top.Facts.Function;
    }

    private static string Quote(RelatedLocation comment)
    {
        var start = comment.Message.IndexOf('"');
        var end = comment.Message.LastIndexOf('"');
        return start >= 0 && end > start ? comment.Message[(start + 1)..end] : comment.Message;
    }

    private static string Lines(RelatedLocation location) =>
        location.Span.EndLine > location.Span.StartLine ? $"{location.Span.StartLine}–{location.Span.EndLine}" : location.Span.StartLine.ToString(CultureInfo.InvariantCulture);

    private static string FirstLine(string code) => code.Split('\n')[0].Trim();

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Level(FindingLevel level) => level.ToString().ToLowerInvariant();

    [GeneratedRegex(@"(?<=[a-z])(?=[A-Z][a-z])")]
    private static partial Regex WordBoundary();
}
