using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>How code tests a value: for equality, for nothing, or whether a call found anything.</summary>
public static class ValueTests
{
    /// <summary>The two sides of an equality test and whether it asks for equal (true) or different (false).</summary>
    public static (IrExpression Left, IrExpression Right, bool Equal)? Equality(IrExpression condition, ILanguageFacts facts) => condition switch
    {
        BinaryExpression { Operator: "==" or "is", Left: var l, Right: var r } => (l, r, true),
        BinaryExpression { Operator: "!=" or "is not", Left: var l, Right: var r } => (l, r, false),
        CallExpression call when facts.EqualityCall(call) is var (l, r) => (l, r, true),
        _ => null,
    };

    /// <summary>True when the function goes by whether <paramref name="call"/> found anything: what it returns is the
    /// condition of an if or a loop, bare, negated or compared with nothing (<c>if (events.remove(time))</c>,
    /// <c>if (cache.remove(path) != null)</c>), or is returned, or a local it is stored in is so tested by a later if of
    /// the same statement list (<c>content = cache.remove(path); if (content != null) …</c>). A comparison with a value
    /// (<c>content == cache.remove(key)</c>) does not count: the call has already removed whatever it found.</summary>
    public static bool ResultTestedForNothing(IrExpression call, ILanguageFacts facts) =>
        ResultTestedBy(call, (condition, isResult) => TestsForNothing(condition, isResult, facts), returned: true);

    /// <summary>True when the function goes by what <paramref name="call"/> answers: the answer is part of the condition of
    /// an if or a loop, or a local it is stored in is tested by a later if of the same statement list (<c>n :=
    /// atomic.AddInt64(&amp;c, 1); if n &gt; max { … }</c>).</summary>
    public static bool ResultTested(IrExpression call) =>
        ResultTestedBy(call, (condition, isResult) => condition.DescendantsAndSelf().OfType<IrExpression>().Any(isResult), returned: false);

    // Where the answer of a call goes to be tested: the condition it stands in, a return when that counts, or the later
    // ifs of the statement list that test the local it is stored in; tests says whether a condition tests the answer.
    private static bool ResultTestedBy(IrExpression call, Func<IrExpression, Func<IrExpression, bool>, bool> tests, bool returned)
    {
        IrNode node = call;
        while (node.Parent is BinaryExpression or UnaryExpression) node = node.Parent;
        bool IsCall(IrExpression e) => ReferenceEquals(e, call);
        switch (node.Parent)
        {
            case IfStatement @if when ReferenceEquals(@if.Condition, node):
                return tests(@if.Condition, IsCall);
            case LoopStatement loop when ReferenceEquals(loop.Condition, node):
                return tests(loop.Condition, IsCall);
            case ReturnStatement when returned:
                return tests((IrExpression)node, IsCall);
            case Assignment { Parent: Block block } assignment when ReferenceEquals(node, call) && assignment.Values.Contains(call):
                var stored = assignment.Targets.OfType<NameExpression>().Select(n => n.Name).ToHashSet(StringComparer.Ordinal);
                return block.Statements.SkipWhile(s => !ReferenceEquals(s, assignment)).OfType<IfStatement>()
                    .Any(later => tests(later.Condition, e => e is NameExpression { Name: var name } && stored.Contains(name)));
            default:
                return false;
        }
    }

    private static bool TestsForNothing(IrExpression condition, Func<IrExpression, bool> isResult, ILanguageFacts facts)
    {
        while (condition is UnaryExpression { Operator: "!", Operand: var negated }) condition = negated;
        return isResult(condition)
               || Equality(condition, facts) is var (left, right, _) && (IsEmpty(right) && isResult(left) || IsEmpty(left) && isResult(right));
    }

    /// <summary>True for the integer literal 0.</summary>
    public static bool IsZero(IrExpression expression) => expression is LiteralExpression { LiteralKind: LiteralKind.Integer, Value: "0" };

    /// <summary>Nothing: a null literal, zero, or an empty collection literal.</summary>
    public static bool IsEmpty(IrExpression expression) => expression switch
    {
        LiteralExpression { LiteralKind: LiteralKind.Null } => true,
        _ when IsZero(expression) => true,
        CollectionExpression { Elements.Count: 0 } => true,
        _ => false,
    };
}
