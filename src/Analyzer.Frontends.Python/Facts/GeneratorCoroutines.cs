using Analyzer.Core.Ir;

namespace Analyzer.Frontends.Python.Facts;

/// <summary>
/// Generator-based coroutines: a generator decorated with Tornado's <c>gen.coroutine</c> (or <c>gen.engine</c>),
/// asyncio's or <c>types.coroutine</c>, or Twisted's <c>inlineCallbacks</c> runs on an event loop, and each
/// <c>yield</c> in it suspends the task until the yielded future resolves, letting the loop run other tasks, as
/// <c>await</c> does. A plain generator's <c>yield</c> only hands a value to its consumer.
/// </summary>
internal static class GeneratorCoroutines
{
    public static bool Suspends(IrExpression expression) =>
        expression is OtherExpression { Description: "yield" or "yield from" }
        && DecoratedGenerators.InOneDecoratedWith(expression, IsCoroutineDecorator);

    private static bool IsCoroutineDecorator(IrExpression decorator) => decorator switch
    {
        NameExpression { Name: "coroutine" or "inlineCallbacks" } => true,
        MemberAccess { Target: NameExpression { Name: "gen" }, Member: "coroutine" or "engine" } => true,
        MemberAccess { Target: NameExpression { Name: "asyncio" or "types" }, Member: "coroutine" } => true,
        MemberAccess { Target: NameExpression { Name: "defer" }, Member: "inlineCallbacks" } => true,
        MemberAccess { Target: MemberAccess { Member: "gen" }, Member: "coroutine" or "engine" } => true,
        _ => false,
    };
}
