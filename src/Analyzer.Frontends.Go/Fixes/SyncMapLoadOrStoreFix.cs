using Analyzer.Core.Findings;
using Analyzer.Core.Fixes;
using Analyzer.Core.Ir;

namespace Analyzer.Frontends.Go.Fixes;

/// <summary><c>if _, ok := m.Load(k); !ok { m.Store(k, v) }</c> on a <c>sync.Map</c> becomes <c>m.LoadOrStore(k, v)</c>,
/// which stores only when the key is absent, atomically; only where <c>v</c> is a name, a literal or a field, so
/// evaluating it when the key is there changes nothing.</summary>
public sealed class SyncMapLoadOrStoreFix : CodeFixProvider
{
    /// <inheritdoc />
    public override string LanguageId => "go";

    /// <inheritdoc />
    public override IReadOnlyList<string> FixableRuleIds { get; } = ["TOCTOU001"];

    /// <inheritdoc />
    public override CodeFix? Fix(Finding finding, Module module)
    {
        if (NodeAt<CallExpression>(module, finding.Location) is not { Callee: MemberAccess { Member: "Store", Target: var map }, Arguments: [var key, var value] } act
            || !GuardedStatement.IsPlain(value.Value)
            || GuardedStatement.Holding(act) is not { } statement || GuardedStatement.If(statement) is not { } @if
            || @if.Init is not Assignment { Targets: [NameExpression { Name: "_" }, NameExpression { Name: var ok }], Values: [CallExpression { Callee: MemberAccess { Member: "Load", Target: var loaded }, Arguments: [var loadedKey] }] }
            || @if.Condition is not UnaryExpression { Operator: "!", Operand: NameExpression { Name: var tested } } || tested != ok
            || !GuardedStatement.Same(loaded, map) || !GuardedStatement.Same(loadedKey.Value, key.Value))
            return null;
        return new CodeFix("Store with sync.Map.LoadOrStore, which stores only when the key is absent, atomically",
            [new TextEdit(@if.Span, $"{map.SourceCode}.LoadOrStore({key.Value.SourceCode}, {value.Value.SourceCode})")]);
    }
}
