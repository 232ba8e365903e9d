using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Frontends.Python.Facts;

/// <summary>
/// peewee's models: a class of the package derived from peewee's <c>Model</c> reads its table through <c>User.get(…)</c>,
/// <c>get_or_none</c> and <c>get_by_id</c> (the first raises <c>User.DoesNotExist</c> when no row matches), and inserts
/// through <c>User.create(…)</c>; <c>get_or_create</c> looks and inserts in one call.
/// </summary>
internal static class PeeweeCalls
{
    private static readonly HashSet<string> Peewee = ["peewee", "playhouse"];
    private static readonly HashSet<string> Reads = ["get", "get_or_none", "get_by_id"];

    public static IReadOnlyList<Effect> Effects(CallExpression call, IrExpression target, string method, IScope scope)
    {
        if (target is not NameExpression { Name: var model } || scope.ValueOf(model, call) is not null || scope.Function.Parameters.Any(p => p.Name == model) || scope.Package.TypeNamed(model) is not { } type
            || !type.Bases.Any(b => b == "peewee.Model" || b == "Model" && PythonImports.BindsFrom(type.Module, "Model", Peewee))) return [];
        var table = SqlAlchemyCalls.ModelTable(model);
        return method switch
        {
            _ when Reads.Contains(method) => [new Effect(EffectKind.Read, call, table, Detail: $"{model}.{method}()")],
            "create" => [new Effect(EffectKind.Write, call, table, Detail: "INSERT")],
            "get_or_create" => [new Effect(EffectKind.AtomicCheckAndAct, call, table, Detail: method)],
            _ => [],
        };
    }
}
