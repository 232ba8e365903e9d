using System.Text.RegularExpressions;
using Analyzer.Core.Findings;
using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>
/// Evidence that a race is known or hidden: comments in or just above the function that talk about races, and
/// handlers that swallow the failure of the act. Evidence raises a finding to error.
/// </summary>
internal static partial class RaceEvidence
{
    [GeneratedRegex(@"\b(race|races|racy|racing|toctou|atomic|atomically|concurrent|concurrently|concurrency|thread[- ]?safe)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RaceWords();

    // How far outside the lines from the check to the act a comment inside the function may start or end.
    private const int NearbyLines = 3;

    /// <summary>Comment blocks (consecutive comment lines) that mention a race, quoted verbatim: directly above the
    /// function, or inside it among the lines from <paramref name="firstLine"/> (the check) to
    /// <paramref name="lastLine"/> (the last act, or a handler that swallows its failure), give or take three lines.
    /// A comment elsewhere in a long function is about something else.</summary>
    public static IEnumerable<RelatedLocation> Comments(FunctionDecl function, int firstLine, int lastLine)
    {
        var module = function.Module;
        var text = module.Text;
        foreach (var block in CommentBlocks.Of(module))
        {
            var first = block[0];
            var last = block[^1];
            var near = function.Span.Contains(first.Span)
                       && last.Span.EndLine >= firstLine - NearbyLines && first.Span.StartLine <= lastLine + NearbyLines;
            if (!near && !CommentBlocks.IsAbove(block, function.Span.StartLine)) continue;
            var quote = CommentBlocks.Text(block);
            // A promise of concurrent use ("This method is thread safe.") acknowledges no race: the code that breaks
            // it is the finding, and the promise is quoted as what shows the function runs beside others.
            if (!new Documentation(first, quote).Sentences().Any(s => RaceWords().IsMatch(s) && !ConcurrencyClaim.IsStatedPromise(s))) continue;
            var span = first.Span.Union(last.Span);
            var code = string.Join('\n', Enumerable.Range(span.StartLine, span.EndLine - span.StartLine + 1).Select(text.Line));
            yield return new RelatedLocation(LocationRole.Evidence, span, $"comment acknowledges the race: \"{quote}\"", code);
        }
    }

    /// <summary>Exception handlers around the act that catch the store's failure and return or pass without re-raising.</summary>
    public static IEnumerable<RelatedLocation> SwallowedFailures(Access act, ILanguageFacts facts)
    {
        foreach (var @try in act.Effect.Node.Ancestors().OfType<TryStatement>())
        {
            if (!@try.Body.Span.Contains(act.Effect.Node.Span)) continue;
            foreach (var handler in @try.Handlers.Where(h => facts.CatchesStoreFailure(h) && Swallows(h.Body)))
            {
                var text = handler.Module.Text;
                var code = string.Join('\n', Enumerable.Range(handler.Span.StartLine, Math.Min(handler.Span.EndLine, handler.Body.Span.EndLine) - handler.Span.StartLine + 1).Select(text.Line));
                var outcome = Outcome(handler.Body);
                yield return new RelatedLocation(LocationRole.SwallowedException, handler.Span,
                    $"`{text.Line(handler.Span.StartLine).Trim()}` swallows the failure of the act ({outcome ?? "it passes"}), so a lost race goes unnoticed", code, outcome);
            }
        }
    }

    /// <summary>An error check right after the act (Go's <c>if err != nil { return nil }</c>) that returns without
    /// passing the error on.</summary>
    public static IEnumerable<RelatedLocation> IgnoredErrors(Access act)
    {
        var statement = act.Effect.Node.Ancestors().OfType<IrStatement>().FirstOrDefault();
        IfStatement? check = statement switch
        {
            IfStatement { Init: { } init } own when init.Span.Contains(act.Effect.Node.Span) => own,
            Assignment assignment when assignment.Parent is Block block => NextIf(block, assignment),
            _ => null,
        };
        if (check is null || !Swallows(check.Then) || !check.Then.Statements.OfType<ReturnStatement>().Any()) yield break;
        var assigned = (check.Init as Assignment ?? statement as Assignment)?.Targets.OfType<NameExpression>().Select(n => n.Name).ToHashSet() ?? [];
        if (!check.Condition.DescendantsAndSelf().OfType<NameExpression>().Any(n => assigned.Contains(n.Name))) yield break;
        var text = check.Module.Text;
        var outcome = Outcome(check.Then);
        yield return new RelatedLocation(LocationRole.SwallowedException, check.Span,
            $"the act's error is checked and dropped ({outcome ?? "it passes"}), so a lost race goes unnoticed", text.Line(check.Span.StartLine), outcome);
    }

    private static IfStatement? NextIf(Block block, IrStatement statement)
    {
        var at = block.Statements.ToList().IndexOf(statement);
        return at >= 0 && at + 1 < block.Statements.Count ? block.Statements[at + 1] as IfStatement : null;
    }

    private static bool Swallows(Block body) =>
        body.Statements.Count > 0 && body.Statements.All(s => s switch
        {
            ReturnStatement r => r.Values.All(v => v is LiteralExpression),
            JumpStatement => true,
            ExpressionStatement { Expression: CallExpression } => true,
            _ => false,
        }) && !body.Statements.Any(s => s is RaiseStatement);

    /// <summary>The return a handler ends with instead of passing the failure on; null when it just goes on.</summary>
    private static string? Outcome(Block body) =>
        body.Statements.OfType<ReturnStatement>().FirstOrDefault() is { } r ? $"`{r.SourceCode}` at line {r.Span.StartLine}" : null;
}
