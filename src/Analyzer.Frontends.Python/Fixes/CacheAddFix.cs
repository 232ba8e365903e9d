using Analyzer.Core.Findings;
using Analyzer.Core.Fixes;
using Analyzer.Core.Ir;

namespace Analyzer.Frontends.Python.Fixes;

/// <summary><c>if cache.get(k) is None: cache.set(k, v, timeout)</c> becomes <c>cache.add(k, v, timeout)</c>, which
/// sets the key only if it is absent, atomically in the cache.</summary>
public sealed class CacheAddFix : CodeFixProvider
{
    /// <inheritdoc />
    public override string LanguageId => "python";

    /// <inheritdoc />
    public override IReadOnlyList<string> FixableRuleIds { get; } = ["TOCTOU005"];

    /// <inheritdoc />
    public override CodeFix? Fix(Finding finding, Module module)
    {
        if (NodeAt<CallExpression>(module, finding.Location) is not { Callee: MemberAccess { Member: "set", Target: var cache } setter, Arguments: [var key, ..] } act
            || GuardedStatement.Holding(act) is not { } statement || GuardedStatement.If(statement) is not { Init: null } @if
            || @if.Condition is not BinaryExpression { Operator: "is", Left: CallExpression { Callee: MemberAccess { Member: "get", Target: var checkedCache }, Arguments: [var checkedKey] }, Right: LiteralExpression { LiteralKind: LiteralKind.Null } }
            || !GuardedStatement.Same(checkedCache, cache) || !GuardedStatement.Same(checkedKey.Value, key.Value))
            return null;
        var call = act.SourceCode;
        var arguments = call[(setter.Span.EndOffset - act.Span.StartOffset)..];
        return new CodeFix("Set the key with cache.add, which sets it only if it is absent, atomically",
            [new TextEdit(@if.Span, $"{cache.SourceCode}.add{arguments}")]);
    }
}
