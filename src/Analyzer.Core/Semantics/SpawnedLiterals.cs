using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>
/// Function literals a function starts concurrently (<c>go func() { … }()</c>), and the variables of the function they
/// use: declared outside the literal (a parameter or local of the function), so the goroutine shares them with the
/// code around the go statement and with every other goroutine that statement starts.
/// </summary>
internal sealed class SpawnedLiterals(FunctionDecl function)
{
    private readonly Dictionary<FunctionLiteral, HashSet<string>> _captured = new(ReferenceEqualityComparer.Instance);
    private HashSet<string>? _declaredOutside;

    /// <summary>The go statement whose literal <paramref name="node"/> runs in (the outermost, when literals nest); null
    /// outside any.</summary>
    public static SpawnStatement? Around(IrNode node, FunctionDecl function) =>
        node.Ancestors().TakeWhile(a => !ReferenceEquals(a, function))
            .OfType<FunctionLiteral>().LastOrDefault(l => l.Parent is CallExpression { Parent: SpawnStatement })?.Parent?.Parent as SpawnStatement;

    /// <summary>True when <paramref name="name"/> is a variable of the function that the started literal around it
    /// shares with its starter.</summary>
    public bool IsCaptured(NameExpression name)
    {
        if (Around(name, function) is not { Call: CallExpression { Callee: FunctionLiteral literal } }) return false;
        if (!_captured.TryGetValue(literal, out var captured)) _captured[literal] = captured = Captured(literal);
        return captured.Contains(name.Name);
    }

    private HashSet<string> Captured(FunctionLiteral literal)
    {
        _declaredOutside ??= DeclaredOutsideLiterals();
        var inside = new HashSet<string>(literal.Parameters.Select(p => p.Name), StringComparer.Ordinal);
        foreach (var node in literal.Body.DescendantsAndSelf())
            foreach (var declared in Declared(node)) inside.Add(declared);
        var captured = new HashSet<string>(_declaredOutside, StringComparer.Ordinal);
        captured.ExceptWith(inside);
        return captured;
    }

    // The function's parameters and the variables its own body declares, outside every started literal.
    private HashSet<string> DeclaredOutsideLiterals()
    {
        var names = new HashSet<string>(function.Parameters.Select(p => p.Name), StringComparer.Ordinal);
        if (function.Body is null) return names;
        foreach (var node in function.Body.DescendantsAndSelf(n => n is not FunctionLiteral { Parent: CallExpression { Parent: SpawnStatement } }))
            foreach (var declared in Declared(node)) names.Add(declared);
        return names;
    }

    private static IEnumerable<string> Declared(IrNode node) => node switch
    {
        Assignment { IsDeclaration: true } assignment => assignment.Targets.OfType<NameExpression>().Select(n => n.Name),
        LoopStatement loop => loop.Targets.OfType<NameExpression>().Select(n => n.Name),
        FunctionLiteral nested => nested.Parameters.Select(p => p.Name),
        _ => [],
    };
}
