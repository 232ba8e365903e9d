using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>
/// The parameters of a function that a node in it runs only when they are given a value (not null, nil or None): the
/// node sits in the branch of a test that the parameter is set (<c>if (stream != null) { removeStream(stream); }</c>),
/// or after a test that returns or throws when it is not. A call that passes the null literal for such a parameter
/// (<c>reset(null, frame, callback)</c>) never runs the node. A parameter the function assigns is left out: the test
/// may be of another value.
/// </summary>
internal static class GivenParameters
{
    /// <summary>The lookup for one function's nodes; one that tests no parameter against null answers none for every
    /// node without walking up from it.</summary>
    public static Func<IrNode, IReadOnlyList<string>> In(FunctionDecl function)
    {
        var names = function.Parameters.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var tested = function.Body is { } body && body.DescendantsAndSelf().OfType<BinaryExpression>()
            .Any(test => ComparedWithNull(test).Any(names.Contains));
        return tested ? node => Of(function, node) : _ => [];
    }

    /// <summary>Of <paramref name="names"/>, which a call at <paramref name="node"/> passes on to a callee whose write
    /// needs them given, those that are the function's own parameters as they came in: the write then needs them given
    /// here too.</summary>
    public static IEnumerable<string> PassedOn(FunctionDecl function, IrNode node, IEnumerable<string> names) =>
        names.Where(IsParameterAsGiven(function, node.Ancestors().TakeWhile(a => !ReferenceEquals(a, function)).ToList()));

    /// <summary>True for a name that, at a node under <paramref name="path"/>, is the function's parameter as it came in:
    /// no function literal on the way has a parameter of that name, and the function never assigns it.</summary>
    private static Func<string, bool> IsParameterAsGiven(FunctionDecl function, IReadOnlyList<IrNode> path)
    {
        var hidden = path.OfType<FunctionLiteral>().SelectMany(l => l.Parameters).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        return name => !hidden.Contains(name) && function.Parameters.Any(p => p.Name == name) && !Assigned(function, name);
    }

    private static IReadOnlyList<string> Of(FunctionDecl function, IrNode node)
    {
        var path = node.Ancestors().TakeWhile(a => !ReferenceEquals(a, function)).ToList();
        var given = new SortedSet<string>(StringComparer.Ordinal);
        var child = node;
        foreach (var ancestor in path)
        {
            if (ancestor is IfStatement @if && (ReferenceEquals(child, @if.Then) || ReferenceEquals(child, @if.Else)))
                given.UnionWith(SetWhen(@if.Condition, ReferenceEquals(child, @if.Then)));
            if (ancestor is Block block)
                foreach (var guard in block.Statements.TakeWhile(s => !ReferenceEquals(s, child)).OfType<IfStatement>().Where(i => i.Else is null && Leaves(i.Then)))
                    given.UnionWith(SetWhen(guard.Condition, false));
            child = ancestor;
        }
        if (given.Count == 0) return [];
        var asGiven = IsParameterAsGiven(function, path);
        given.RemoveWhere(name => !asGiven(name));
        return [.. given];
    }

    /// <summary>The names a condition shows to be set when it comes out <paramref name="outcome"/>.</summary>
    private static IEnumerable<string> SetWhen(IrExpression condition, bool outcome) => condition switch
    {
        UnaryExpression { Operator: "!", Operand: var operand } => SetWhen(operand, !outcome),
        BinaryExpression { Operator: "&&" } both when outcome => SetWhen(both.Left, true).Concat(SetWhen(both.Right, true)),
        BinaryExpression { Operator: "||" } either when !outcome => SetWhen(either.Left, false).Concat(SetWhen(either.Right, false)),
        BinaryExpression { Operator: "!=" or "is not" } test when outcome => ComparedWithNull(test),
        BinaryExpression { Operator: "==" or "is" } test when !outcome => ComparedWithNull(test),
        _ => [],
    };

    private static IEnumerable<string> ComparedWithNull(BinaryExpression test) => (test.Left, test.Right) switch
    {
        (NameExpression { Name: var name }, LiteralExpression { LiteralKind: LiteralKind.Null }) => [name],
        (LiteralExpression { LiteralKind: LiteralKind.Null }, NameExpression { Name: var name }) => [name],
        _ => [],
    };

    /// <summary>True when a branch ends by leaving the function (a return or a throw).</summary>
    private static bool Leaves(Block branch) => branch.Statements is [.., ReturnStatement or RaiseStatement];

    /// <summary>True when the function assigns <paramref name="name"/> anywhere: it may then hold another value than the
    /// one it came in with.</summary>
    internal static bool Assigned(FunctionDecl function, string name) =>
        function.Body is { } body && body.AssignsName(name);
}
