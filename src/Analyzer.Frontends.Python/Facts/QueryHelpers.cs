using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Frontends.Python.Facts;

/// <summary>
/// A function of the package that runs the query text it is handed on a cursor or connection (<c>async def
/// fetch_one(sql, params): … await conn.execute(sql, params)</c>): a call of it with a query's text runs that query
/// where it is called, so a SELECT through one helper and an INSERT through another pair as they would inline.
/// </summary>
internal static class QueryHelpers
{
    /// <summary>The query text <paramref name="call"/> hands to a helper that runs it; null for any other call.</summary>
    public static IrExpression? QueryPassed(CallExpression call, IScope scope)
    {
        if (call.Arguments.Count == 0) return null;
        var callees = call.Callee switch
        {
            NameExpression { Name: var function } => scope.Package.PlainFunctionsCalled(scope.Function, function, call),
            MemberAccess { Target: var target, Member: var method } when scope.IsReceiver(target)
                => scope.Package.FunctionsCalled(scope.Function.OwnerType, method, call),
            _ => [],
        };
        if (callees is not [{ Body: { } body } callee]) return null;
        foreach (var parameter in callee.Parameters)
            if (Runs(body, parameter.Name) && call.ArgumentFor(callee, parameter.Name) is { } query && QueryText.Of(query, scope) is not null)
                return query;
        return null;
    }

    /// <summary>True when the body runs the parameter <paramref name="name"/> as a query and never binds it to anything else.</summary>
    private static bool Runs(Block body, string name)
    {
        var nodes = body.DescendantsAndSelf().ToList();
        return nodes.OfType<CallExpression>().Any(c => c is { Callee: MemberAccess { Member: "execute" or "executemany" },
                                                             Arguments: [{ Name: null, Value: NameExpression { Name: var run } }, ..] } && run == name)
               && !nodes.OfType<Assignment>().Any(a => a.Targets.Any(t => t is NameExpression { Name: var target } && target == name));
    }
}
