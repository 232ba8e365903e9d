using System.Text.RegularExpressions;
using Analyzer.Core.Findings;
using Analyzer.Core.Ir;
using Analyzer.Core.Rules;
using Analyzer.Core.Text;

namespace Analyzer.Core.Engine;

/// <summary>
/// Comments that accept findings, in each language's comment syntax: <c>toctou:ignore TOCTOU001 -- the map is only
/// touched by the run loop</c> (several ids separated by commas). On a finding's line, or alone on the line above it,
/// the comment accepts that line's findings of those rules; on a function's declaration line, or in the comments right
/// above it, every finding of those rules in the function. As Roslyn's IDE0079 does for unused suppressions, a comment
/// that gives no reason, names a rule that did not run, or accepts nothing is itself reported, as a note of
/// <see cref="Descriptor"/>; one without a reason still accepts what it names.
/// </summary>
internal static partial class InSourceSuppressions
{
    public const string Marker = "toctou:ignore";

    /// <summary>The rule the engine reports suppression comments under.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        "TOCTOU000", "Suppression comment without a reason, for an unknown rule, or that accepts nothing",
        "{0}", FindingLevel.Note, "Suppression", "docs/rules/TOCTOU000.md",
        "Reports a toctou:ignore comment that gives no reason after '--', names a rule that did not run, or accepts no finding (the finding it was written for is gone, or it sits on the wrong line). Such comments hide nothing and mislead readers; fix or remove them.",
        ["maintainability"]);

    [GeneratedRegex(@"^\s*toctou:ignore\b(?<ids>[^-]*)(--(?<reason>.*))?$")]
    private static partial Regex Comment();

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9]*")]
    private static partial Regex RuleId();

    private sealed record Entry(Comment Comment, IReadOnlyList<string> Ids, string Reason, SourceSpan Scope, bool WholeFunction)
    {
        public bool Used { get; set; }
    }

    /// <summary><paramref name="findings"/> with those a comment accepts marked, followed by a note for each comment
    /// that needs one.</summary>
    public static List<Finding> Apply(IReadOnlyList<Module> modules, List<Finding> findings, IReadOnlySet<string> ruleIds)
    {
        var entries = modules.SelectMany(Entries).ToList();
        if (entries.Count == 0) return findings;
        var result = findings.Select(finding =>
        {
            var entry = entries.FirstOrDefault(e => e.Ids.Contains(finding.RuleId, StringComparer.Ordinal) && Covers(e, finding.Location));
            if (entry is null) return finding;
            entry.Used = true;
            return finding with { Suppression = new Suppression(entry.Reason, entry.Comment.Span) };
        }).ToList();
        foreach (var entry in entries)
            foreach (var problem in Problems(entry, ruleIds))
                result.Add(new Finding(Descriptor.Id, Descriptor.DefaultLevel, Descriptor.FormatMessage(problem), entry.Comment.Span,
                    entry.Comment.Module.Text.Line(entry.Comment.Span.StartLine).Trim(), string.Empty, [], string.Empty));
        return result;
    }

    private static bool Covers(Entry entry, SourceSpan location) =>
        location.Path == entry.Scope.Path && (entry.WholeFunction ? entry.Scope.Contains(location) : location.StartLine == entry.Scope.StartLine);

    private static IEnumerable<string> Problems(Entry entry, IReadOnlySet<string> ruleIds)
    {
        var named = entry.Ids.Count > 0 ? string.Join(',', entry.Ids) : ruleIds.Order(StringComparer.Ordinal).FirstOrDefault() ?? "RULE";
        var example = $"{Marker} {named} -- why the race cannot happen or does no harm";
        if (entry.Ids.Count == 0)
        {
            yield return $"this {Marker} comment names no rule; write it as '{example}'";
            yield break;
        }
        if (entry.Reason.Length == 0) yield return $"this {Marker} comment gives no reason; add one after '--', as in '{example}'";
        foreach (var unknown in entry.Ids.Where(id => !ruleIds.Contains(id)))
            yield return $"this {Marker} comment names {unknown}, which is not a rule of this analyzer (its rules: {string.Join(", ", ruleIds.Order(StringComparer.Ordinal))})";
        if (!entry.Used && entry.Ids.Any(ruleIds.Contains))
            yield return $"this {Marker} comment accepts no finding of {string.Join(" or ", entry.Ids.Where(ruleIds.Contains))}: the finding is gone, or the comment is not on its line, the line above it, or its function's declaration; remove or move it";
    }

    private static IEnumerable<Entry> Entries(Module module)
    {
        var marked = module.Comments.Where(c => c.Content.Contains(Marker, StringComparison.Ordinal)).ToList();
        if (marked.Count == 0) yield break;
        var functions = module.DescendantsAndSelf().OfType<FunctionDecl>().ToList();
        var commentLines = module.Comments.Where(c => Alone(module.Text, c)).Select(c => c.Span.StartLine).ToHashSet();
        foreach (var comment in marked)
        {
            var match = Comment().Match(comment.Content);
            if (!match.Success) continue;
            var ids = RuleId().Matches(match.Groups["ids"].Value).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();
            var reason = match.Groups["reason"].Value.Trim();
            var line = comment.Span.StartLine;
            // The line the comment is about: its own, or for a comment alone on its line, the first line below the
            // comments it sits among.
            var target = line;
            if (commentLines.Contains(line))
                while (commentLines.Contains(target)) target++;
            var function = functions.FirstOrDefault(f => f.Span.StartLine == target);
            yield return function is not null
                ? new Entry(comment, ids, reason, function.Span, WholeFunction: true)
                : new Entry(comment, ids, reason, new SourceSpan(comment.Span.Path, target, 1, target, 1, 0, 0), WholeFunction: false);
        }
    }

    private static bool Alone(SourceText text, Comment comment)
    {
        var line = text.Line(comment.Span.StartLine);
        return line[..Math.Clamp(comment.Span.StartColumn - 1, 0, line.Length)].Trim().Length == 0;
    }
}
