using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>
/// Function literals a function starts concurrently (<c>go func() { … }()</c>, <c>g.Go(func() error { … })</c>,
/// <c>Thread(target=lambda: …)</c>), and the variables of the function they use: declared outside the literal (a
/// parameter or local of the function), so the goroutine shares them with the code around the start and with every
/// other goroutine that start makes. A literal the function returns (<c>return func(c *Context) { … }</c>, a middleware
/// or a handler made by a factory) keeps the variables it uses the same way, for every later call of it.
/// </summary>
internal sealed class SpawnedLiterals(FunctionDecl function, PackageModel package)
{
    private readonly Dictionary<FunctionLiteral, HashSet<string>> _captured = new(ReferenceEqualityComparer.Instance);
    private HashSet<string>? _declaredOutside;

    /// <summary>The started literal <paramref name="node"/> runs in (the outermost, when literals nest); null outside
    /// any.</summary>
    public static FunctionLiteral? Around(IrNode node, FunctionDecl function, PackageModel package) =>
        node.Ancestors().TakeWhile(a => !ReferenceEquals(a, function))
            .OfType<FunctionLiteral>().LastOrDefault(l => StartOf(l, package) is not null);

    /// <summary>Where <paramref name="literal"/> is started concurrently: the go statement that calls it, the call
    /// that hands it to a goroutine, thread or task (<see cref="ILanguageFacts.SpawnedCallable"/>), or the call that
    /// hands it to a function of the package that starts it (<see cref="PackageModel.HandedStart"/>); null when it is
    /// not started.</summary>
    public static IrNode? StartOf(FunctionLiteral literal, PackageModel package) => literal.Parent switch
    {
        CallExpression { Parent: SpawnStatement spawn } call when ReferenceEquals(call.Callee, literal) => spawn,
        Argument { Parent: CallExpression call } when ReferenceEquals(package.Facts.SpawnedCallable(call), literal) => call,
        _ => package.HandedStart(literal),
    };

    /// <summary>True when the function returns a function literal (<see cref="ReturnedAround"/>).</summary>
    public static bool ReturnsLiteral(FunctionDecl function) =>
        function.Body?.DescendantsAndSelf(n => n is not FunctionLiteral).OfType<ReturnStatement>().Any(r => r.Values.OfType<FunctionLiteral>().Any()) == true;

    /// <summary>True when <paramref name="name"/> is a variable of the function that the started literal around it
    /// shares with its starter (<paramref name="started"/>), or that a literal the function returns keeps for all its
    /// calls.</summary>
    public bool IsCaptured(NameExpression name, out bool started)
    {
        var literal = Around(name, function, package);
        started = literal is not null;
        literal ??= ReturnedAround(name);
        if (literal is null) return false;
        if (!_captured.TryGetValue(literal, out var captured)) _captured[literal] = captured = Captured(literal);
        return captured.Contains(name.Name);
    }

    // The literal around the node that the function returns itself, not one nested in another literal.
    private FunctionLiteral? ReturnedAround(IrNode node) =>
        node.Ancestors().TakeWhile(a => !ReferenceEquals(a, function)).OfType<FunctionLiteral>().LastOrDefault() is { Parent: ReturnStatement } literal ? literal : null;

    private HashSet<string> Captured(FunctionLiteral literal)
    {
        _declaredOutside ??= DeclaredOutsideLiterals();
        var inside = new HashSet<string>(literal.Parameters.Select(p => p.Name), StringComparer.Ordinal);
        foreach (var node in literal.Body.DescendantsAndSelf())
            foreach (var declared in Declared(node)) inside.Add(declared);
        var captured = new HashSet<string>(_declaredOutside, StringComparer.Ordinal);
        captured.ExceptWith(inside);
        captured.ExceptWith(DeclaredEachTurn(literal));
        return captured;
    }

    /// <summary>The variables a block-scoped declaration makes anew on each turn of the innermost loop the literal is
    /// started in, given something made there (Go's <c>c := newCase()</c> in the loop's body, a Java local there): each
    /// started copy holds its own. One given what another variable or a field already holds (<c>m := s.seen</c>) still
    /// reaches that; a loop's own variables are left shared (Go before 1.22 reuses them), and so is a language's plain
    /// assignment (Python binds one variable for the whole function).</summary>
    private IEnumerable<string> DeclaredEachTurn(FunctionLiteral literal)
    {
        var around = literal.Ancestors().TakeWhile(a => !ReferenceEquals(a, function)).ToList();
        if (around.OfType<LoopStatement>().FirstOrDefault() is not { } loop) return [];
        // Only a declaration in a block the literal stands in is the variable the literal sees.
        return loop.Body.DescendantsAndSelf(n => n is not FunctionLiteral)
            .OfType<Assignment>().Where(a => a.IsDeclaration && a.Parent is { } block && around.Contains(block, ReferenceEqualityComparer.Instance)
                                             && a.Values.Count > 0 && a.Values.All(v => v is not (NameExpression or MemberAccess or IndexExpression)))
            .SelectMany(a => a.Targets.OfType<NameExpression>().Select(n => n.Name));
    }

    // The function's parameters and the variables its own body declares, outside every started literal.
    private HashSet<string> DeclaredOutsideLiterals()
    {
        var names = new HashSet<string>(function.Parameters.Select(p => p.Name), StringComparer.Ordinal);
        if (function.Body is null) return names;
        foreach (var node in function.Body.DescendantsAndSelf(n => n is not FunctionLiteral literal || StartOf(literal, package) is null))
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
