using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>The functions of a package that run once per web request, many at a time: the request handlers the
/// language's facts name (<see cref="ILanguageFacts.ServesRequests(FunctionDecl)"/>; not constructors, whose object is not shared
/// yet), and every function a handler calls, directly or through others, by name or on its own receiver.</summary>
internal static class RequestHandlers
{
    /// <summary>Each such function, with the handler it runs for (the first one found, in source order).</summary>
    public static Dictionary<FunctionDecl, FunctionDecl> ByFunction(PackageModel package)
    {
        var facts = package.Facts;
        var reached = new Dictionary<FunctionDecl, FunctionDecl>(ReferenceEqualityComparer.Instance);
        var pending = new Queue<(FunctionDecl Function, FunctionDecl Handler)>();
        foreach (var handler in package.Functions.Where(f => facts.ServesRequests(f) && !facts.IsConstructor(f))
                     .OrderBy(f => f.Module.Text.Path, StringComparer.Ordinal).ThenBy(f => f.Span.StartOffset))
            pending.Enqueue((handler, handler));
        while (pending.TryDequeue(out var next))
        {
            if (!reached.TryAdd(next.Function, next.Handler) || next.Function.Body is null) continue;
            foreach (var call in next.Function.Body.DescendantsAndSelf().OfType<CallExpression>())
            {
                var callees = call.Callee switch
                {
                    NameExpression { Name: var name } => package.FunctionsNamed(null, name),
                    MemberAccess { Target: NameExpression { Name: var target }, Member: var method } when target == next.Function.ReceiverName
                        => package.FunctionsNamed(next.Function.OwnerType, method),
                    _ => [],
                };
                foreach (var callee in callees.Where(c => !facts.IsConstructor(c))) pending.Enqueue((callee, next.Handler));
            }
        }
        return reached;
    }
}
