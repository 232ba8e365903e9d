using Analyzer.Core.Findings;
using Analyzer.Core.Fixes;
using Analyzer.Core.Ir;

namespace Analyzer.Frontends.Go.Fixes;

/// <summary>
/// <c>if _, err := os.Stat(d); os.IsNotExist(err) { … os.Mkdir(d, mode) … }</c> becomes a call of
/// <c>os.MkdirAll(d, mode)</c>, which creates the directory or accepts one that is there, in one step, with the same
/// mode. Three bodies are rewritten: a bare <c>os.Mkdir(d, mode)</c>; <c>if err := os.Mkdir(d, mode); err != nil { … }</c>,
/// which keeps its error handling; and <c>return os.Mkdir(d, mode)</c> when the <c>if</c> is followed by the function's
/// <c>return nil</c>.
/// </summary>
public sealed class MkdirAllFix : CodeFixProvider
{
    /// <inheritdoc />
    public override string LanguageId => "go";

    /// <inheritdoc />
    public override IReadOnlyList<string> FixableRuleIds { get; } = ["TOCTOU004"];

    /// <inheritdoc />
    public override CodeFix? Fix(Finding finding, Module module)
    {
        if (NodeAt<CallExpression>(module, finding.Location) is not { Callee: MemberAccess { Member: "Mkdir", Target: NameExpression { Name: "os" } } mkdir, Arguments: [var dir, _] } act)
            return null;
        var all = $"os.MkdirAll{act.SourceCode[(mkdir.Span.EndOffset - act.Span.StartOffset)..]}";
        switch (act.Parent)
        {
            case ExpressionStatement statement when Guard(statement, dir) is { } @if:
                return Fixed(new TextEdit(@if.Span, all));
            case Assignment { Parent: IfStatement inner } init when ReferenceEquals(inner.Init, init) && Guard(inner, dir) is { } @if:
                var innerText = inner.SourceCode;
                var callAt = act.Span.StartOffset - inner.Span.StartOffset;
                return Fixed(new TextEdit(@if.Span, Outdented(innerText[..callAt] + all + innerText[(callAt + act.Span.EndOffset - act.Span.StartOffset)..])));
            case ReturnStatement { Values.Count: 1 } @return when Guard(@return, dir) is { } @if && NextIsReturnNil(@if) is { } returnNil:
                return Fixed(new TextEdit(@if.Span.Union(returnNil.Span), $"return {all}"));
            default:
                return null;
        }
    }

    // The inner if moves out of the outer one's body: its lines after the first lose one tab, as gofmt would have them.
    private static string Outdented(string code) =>
        string.Join('\n', code.Split('\n').Select((line, i) => i > 0 && line.StartsWith('\t') ? line[1..] : line));

    private static CodeFix Fixed(TextEdit edit) => new("Create the directory with os.MkdirAll, which accepts one that is there", [edit]);

    // The if whose only statement is the Mkdir and whose check is os.Stat of the same path followed by os.IsNotExist.
    private static IfStatement? Guard(IrStatement statement, Argument dir) =>
        GuardedStatement.If(statement) is { Init: Assignment { Targets: [NameExpression { Name: "_" }, NameExpression { Name: var err }], Values: [CallExpression { Callee: MemberAccess { Member: "Stat", Target: NameExpression { Name: "os" } }, Arguments: [var stated] }] } } @if
        && @if.Condition is CallExpression { Callee: MemberAccess { Member: "IsNotExist", Target: NameExpression { Name: "os" } }, Arguments: [{ Value: NameExpression { Name: var tested } }] }
        && tested == err && GuardedStatement.Same(stated.Value, dir.Value)
            ? @if : null;

    private static ReturnStatement? NextIsReturnNil(IfStatement @if) =>
        @if.FollowingInBlock().ToList() is [ReturnStatement { Values: [LiteralExpression { LiteralKind: LiteralKind.Null }] } returnNil]
            ? returnNil : null;
}
