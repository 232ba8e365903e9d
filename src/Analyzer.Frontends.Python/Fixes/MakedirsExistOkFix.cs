using Analyzer.Core.Findings;
using Analyzer.Core.Fixes;
using Analyzer.Core.Ir;

namespace Analyzer.Frontends.Python.Fixes;

/// <summary><c>if not os.path.isdir(d): os.makedirs(d)</c> (or <c>exists</c>) becomes <c>os.makedirs(d, exist_ok=True)</c>,
/// which creates the directory or accepts one that is there, in one call.</summary>
public sealed class MakedirsExistOkFix : CodeFixProvider
{
    /// <inheritdoc />
    public override string LanguageId => "python";

    /// <inheritdoc />
    public override IReadOnlyList<string> FixableRuleIds { get; } = ["TOCTOU004"];

    /// <inheritdoc />
    public override CodeFix? Fix(Finding finding, Module module)
    {
        if (NodeAt<CallExpression>(module, finding.Location) is not { Callee: MemberAccess { Member: "makedirs" }, Arguments: [var path, ..] } act
            || act.Arguments.Any(a => a.Name == "exist_ok")
            || GuardedStatement.Holding(act) is not { } statement || GuardedStatement.If(statement) is not { Init: null } @if
            || @if.Condition is not UnaryExpression { Operator: "!", Operand: CallExpression { Callee: MemberAccess { Member: "isdir" or "exists" }, Arguments: [var tested] } }
            || !GuardedStatement.Same(tested.Value, path.Value))
            return null;
        var call = act.SourceCode;
        var inside = call[..call.LastIndexOf(')')].TrimEnd();
        var fixedCall = $"{inside}{(inside.EndsWith(',') ? " " : ", ")}exist_ok=True)";
        return new CodeFix("Create the directory with exist_ok=True instead of checking first", [new TextEdit(@if.Span, fixedCall)]);
    }
}
