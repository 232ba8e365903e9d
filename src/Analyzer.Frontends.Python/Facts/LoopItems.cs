using Analyzer.Core.Ir;

namespace Analyzer.Frontends.Python.Facts;

/// <summary>Where a for loop's variable gets its items from, for code inside the loop.</summary>
internal static class LoopItems
{
    /// <summary>What the innermost loop around <paramref name="node"/> whose one variable is <paramref name="local"/>
    /// runs over (<c>Counter.objects.filter(…)</c> in <c>for c in Counter.objects.filter(…):</c>); null when no loop
    /// around it hands that variable its items.</summary>
    public static IrExpression? Source(IrNode node, string local) =>
        node.Ancestors().OfType<LoopStatement>().FirstOrDefault(l => l.Targets is [NameExpression { Name: var name }] && name == local)?.Iterable;
}
