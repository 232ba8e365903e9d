using Analyzer.Core.Findings;
using Analyzer.Core.Fixes;
using Analyzer.Core.Ir;

namespace Analyzer.Frontends.Python.Fixes;

/// <summary><c>if k not in self.d: self.d[k] = v</c> becomes <c>self.d.setdefault(k, v)</c>, which checks and inserts in
/// one step; only where <c>v</c> is a literal or a name, so evaluating it when the key is there changes nothing.</summary>
public sealed class SetdefaultFix : CodeFixProvider
{
    /// <inheritdoc />
    public override string LanguageId => "python";

    /// <inheritdoc />
    public override IReadOnlyList<string> FixableRuleIds { get; } = ["TOCTOU001"];

    /// <inheritdoc />
    public override CodeFix? Fix(Finding finding, Module module)
    {
        if (NodeAt<IndexExpression>(module, finding.Location) is not { Indices: [var key] } entry
            || GuardedStatement.Holding(entry) is not Assignment { Operator: "=", Values: [var value] } statement
            || !GuardedStatement.IsPlain(value) || GuardedStatement.If(statement) is not { Init: null } @if
            || @if.Condition is not BinaryExpression { Operator: "not in", Left: var checkedKey, Right: var container }
            || !GuardedStatement.Same(checkedKey, key) || !GuardedStatement.Same(container, entry.Target))
            return null;
        return new CodeFix("Insert with dict.setdefault, which checks and inserts in one step",
            [new TextEdit(@if.Span, $"{entry.Target.SourceCode}.setdefault({key.SourceCode}, {value.SourceCode})")]);
    }
}
