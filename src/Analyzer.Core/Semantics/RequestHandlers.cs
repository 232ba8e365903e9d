using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>The functions of a package that run once per web request, many at a time: the request handlers the
/// language's facts name (<see cref="ILanguageFacts.ServesRequests(FunctionDecl)"/>; not constructors, whose object is
/// not shared yet) or that a call registers (<see cref="ILanguageFacts.RegisteredHandler"/>), the methods a library
/// calls that way by contract (<see cref="ILanguageFacts.ConcurrentContract"/>),
/// the wrappers a decorator of the package puts around a handler (<see cref="DecoratorWrappers"/>),
/// and every function a handler, or a handler literal (<see cref="ILanguageFacts.ServesRequests(FunctionLiteral)"/>),
/// calls, directly or through others: by name, on its own receiver, or on an object every request shares. A literal in
/// a test serves a fake server: the functions it calls are handlers only when they are test code too.</summary>
internal static class RequestHandlers
{
    /// <summary>Each such function, with the handler it runs for (the first one found: handler functions in source
    /// order, then handler literals in source order).</summary>
    public static Dictionary<FunctionDecl, RequestHandler> ByFunction(PackageModel package)
    {
        var facts = package.Facts;
        var reached = new Dictionary<FunctionDecl, RequestHandler>(ReferenceEqualityComparer.Instance);
        var pending = new Queue<(FunctionDecl Function, RequestHandler Handler)>();
        foreach (var handler in package.Functions.Where(f => !facts.IsConstructor(f))
                     .OrderBy(f => f.Module.Text.Path, StringComparer.Ordinal).ThenBy(f => f.Span.StartOffset))
        {
            var served = facts.ServesRequests(handler) ? new RequestHandler(handler)
                : facts.ConcurrentContract(handler) is { } contract ? new RequestHandler(handler, contract)
                : null;
            if (served is null) continue;
            pending.Enqueue((handler, served));
            // A wrapper a decorator of the package puts around the handler runs for each of its requests first.
            foreach (var wrapping in DecoratorWrappers.CallsOf(package, handler)) pending.Enqueue((wrapping.Caller, served));
        }
        foreach (var registered in package.RegisteredHandlers.Where(f => !facts.IsConstructor(f))) pending.Enqueue((registered, new RequestHandler(registered)));
        foreach (var literal in package.HandlerLiterals.OrderBy(l => l.Module.Text.Path, StringComparer.Ordinal).ThenBy(l => l.Span.StartOffset))
        {
            if (literal.EnclosingFunction() is not { } within) continue;
            var handler = new RequestHandler(literal);
            foreach (var callee in Callees(package, within, literal.Body, literal).Where(c => Admits(package, handler, c))) pending.Enqueue((callee, handler));
        }
        while (pending.TryDequeue(out var next))
        {
            if (!reached.TryAdd(next.Function, next.Handler) || next.Function.Body is null) continue;
            foreach (var callee in Callees(package, next.Function, next.Function.Body).Where(c => Admits(package, next.Handler, c)))
                pending.Enqueue((callee, next.Handler));
        }
        return reached;
    }

    /// <summary>The functions the calls in <paramref name="body"/> reach: by name, on <paramref name="within"/>'s
    /// receiver, on a class of the package itself, or on an object every request shares (<see cref="SharedObject"/>, or
    /// for a handler literal a variable it takes from the function that makes it, made once for all its requests) whose
    /// type the package declares; constructors excepted.</summary>
    private static IEnumerable<FunctionDecl> Callees(PackageModel package, FunctionDecl within, Block body, FunctionLiteral? literal = null)
    {
        var scope = package.ScopeOf(within);
        return body.DescendantsAndSelf().OfType<CallExpression>().SelectMany(call => call.Callee switch
        {
            NameExpression { Name: var name } => package.FunctionsNamed(null, name),
            MemberAccess { Target: NameExpression { Name: var target }, Member: var method } when target == within.ReceiverName
                => package.FunctionsNamed(within.OwnerType, method),
            MemberAccess { Target: var target, Member: var method } when (SharedObject(scope, target, call) || literal is not null && Captured(literal, target))
                                                                         && scope.ObjectTypeOf(target) is { } type
                => package.FunctionsNamed(type, method),
            // A call on the class itself (Registry.load_plugins()) reaches the class's own state, one for every request.
            MemberAccess { Target: var target, Member: var method } when scope.TypeNamedBy(target) is { } type => package.FunctionsNamed(type, method),
            _ => [],
        }).Where(c => !package.Facts.IsConstructor(c));
    }

    /// <summary>True for a name the literal neither takes as a parameter nor assigns: it is the enclosing function's.</summary>
    private static bool Captured(FunctionLiteral literal, IrExpression target) =>
        target is NameExpression { Name: var name } && literal.Parameters.All(p => p.Name != name) && !literal.Body.AssignsName(name);

    /// <summary>True for a field of the receiver or a top-level variable, or a local given an item of one
    /// (<c>table := m.tables[t]; table.bindInsert(v)</c>): every request reaches the same object.</summary>
    private static bool SharedObject(FunctionScope scope, IrExpression target, CallExpression call) =>
        scope.FieldOf(target) is not null
        || target is NameExpression { Name: var name } && scope.ValueOf(name, call) is IndexExpression { Target: var collection } && scope.FieldOf(collection) is not null;

    private static bool Admits(PackageModel package, RequestHandler handler, FunctionDecl callee) =>
        handler.Function is not null || !package.IsTestCode(handler.Node) || package.IsTestCode(callee);
}
