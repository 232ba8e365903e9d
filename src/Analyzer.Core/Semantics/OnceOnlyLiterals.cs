using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>Function literals that a once-only call runs (Go's <c>c.closeOnce.Do(func() { … })</c>,
/// <see cref="ILanguageFacts.RunsArgumentOnce"/>): the first call runs the literal, every later one runs nothing, so the
/// call itself is the check of what the literal does.</summary>
public static class OnceOnlyLiterals
{
    /// <summary>True when <paramref name="node"/> stands in such a literal.</summary>
    public static bool Enclose(IrNode node, ILanguageFacts facts, IScope scope) =>
        node.Ancestors().Any(a => a is FunctionLiteral { Parent: Argument { Parent: CallExpression call } } && facts.RunsArgumentOnce(call, scope));
}
