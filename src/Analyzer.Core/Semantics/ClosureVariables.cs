using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>
/// The variables a nested function (a Python closure) uses from a function it is nested in: names it does not bind
/// itself that an enclosing function binds. Every run of the nested function sees the same variables, so runs started
/// side by side (a thread or executor task per item) share them.
/// </summary>
internal sealed class ClosureVariables(FunctionDecl function, GlobalScoping rules)
{
    // What the enclosing functions bind and this one does not; empty for a function nested in none.
    private HashSet<string>? _fromEnclosing;

    public bool IsFromEnclosing(string name) => (_fromEnclosing ??= FromEnclosing()).Contains(name);

    private HashSet<string> FromEnclosing()
    {
        var names = function.Ancestors().OfType<FunctionDecl>().SelectMany(BoundBy).ToHashSet(StringComparer.Ordinal);
        if (names.Count > 0) names.ExceptWith(BoundBy(function));
        return names;
    }

    // The names a function binds in its own body (not in the functions nested in it): parameters, assigned or declared
    // locals, loop, with and except targets, and the functions it defines.
    private HashSet<string> BoundBy(FunctionDecl owner)
    {
        var names = new HashSet<string>(owner.Parameters.Select(p => p.Name), StringComparer.Ordinal);
        if (owner.ReceiverName is { } receiver) names.Add(receiver);
        if (owner.Body is null) return names;
        foreach (var node in owner.Body.DescendantsAndSelf(n => n is not (FunctionDecl or FunctionLiteral) || ReferenceEquals(n, owner.Body)))
        {
            IEnumerable<string> bound = node switch
            {
                Assignment assignment when rules.AssignmentDeclaresLocal || assignment.IsDeclaration => assignment.Targets.OfType<NameExpression>().Select(n => n.Name),
                LoopStatement loop => loop.Targets.OfType<NameExpression>().Select(n => n.Name),
                WithItem { Target: NameExpression target } => [target.Name],
                ExceptHandler { Name: { } caught } => [caught],
                _ => [],
            };
            names.UnionWith(bound);
        }
        foreach (var nested in owner.Body.DescendantsAndSelf().OfType<FunctionDecl>()) names.Add(nested.Name);
        return names;
    }
}
