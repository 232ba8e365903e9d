using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>An element that each started copy of a function literal has to itself: the check and the act index the
/// state by one parameter of the literal, and the start hands that parameter the loop's variable, which every turn
/// gives a value of its own (<c>for i := range items { go func(i int) { if results[i] == 0 { results[i] = … } }(i) }</c>,
/// <see cref="ILanguageFacts.TakesDistinctValues"/>). The copies then check and change different elements.</summary>
internal static class OwnSlot
{
    public static bool Holds(FunctionModel model, CheckActPair pair)
    {
        if (IndexName(pair.Check.Effect.Node) is not { } index || IndexName(pair.Act.Effect.Node) != index
            || model.StartedLiteralAround(pair.Act.Effect.Node) is not SpawnStatement { Call: CallExpression { Callee: FunctionLiteral literal } start } spawn
            || !ReferenceEquals(model.StartedLiteralAround(pair.Check.Effect.Node), spawn)) return false;
        var position = literal.Parameters.Select(p => p.Name).ToList().IndexOf(index);
        return position >= 0 && position < start.Arguments.Count && start.Arguments[position].Value is NameExpression { Name: var handed }
               && spawn.Ancestors().TakeWhile(a => !ReferenceEquals(a, model.Function)).OfType<LoopStatement>().FirstOrDefault() is { } loop
               && model.Package.Facts.TakesDistinctValues(loop, handed);
    }

    // The name an element is indexed by (results[i]), for the element read or written itself or the expression it stands in.
    private static string? IndexName(IrNode node) =>
        node.DescendantsAndSelf().OfType<IndexExpression>().FirstOrDefault() is { Indices: [NameExpression { Name: var name }] } ? name : null;
}
