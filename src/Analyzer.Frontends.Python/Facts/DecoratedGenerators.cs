using Analyzer.Core.Ir;

namespace Analyzer.Frontends.Python.Facts;

/// <summary>Generators whose decorator gives their <c>yield</c> a meaning beyond handing a value to a consumer
/// (<see cref="GeneratorCoroutines"/>, <see cref="ScopeFactories"/>).</summary>
internal static class DecoratedGenerators
{
    /// <summary>True when the function <paramref name="yielded"/> belongs to (not a lambda inside it) has a decorator
    /// <paramref name="decorator"/> accepts.</summary>
    public static bool InOneDecoratedWith(IrExpression yielded, Func<IrExpression, bool> decorator) =>
        yielded.Ancestors().FirstOrDefault(a => a is FunctionDecl or FunctionLiteral) is FunctionDecl function
        && function.Decorators.Any(decorator);
}
