using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Frontends.Python.Facts;

/// <summary>
/// SQLAlchemy's ORM (and Flask-SQLAlchemy's <c>Model.query</c>): a query's terminal call reads the model's table
/// (<c>session.query(User).filter_by(name=n).first()</c>, <c>User.query.filter_by(name=n).one_or_none()</c>,
/// <c>session.get(User, id)</c>), a query's <c>update()</c>/<c>delete()</c> and a session's <c>add(User(…))</c>/<c>merge</c>
/// write it, and a query with <c>with_for_update()</c> locks the rows it reads. The table is named by the model class,
/// the same identity Django's ORM uses.
/// </summary>
internal static class SqlAlchemyCalls
{
    private static readonly HashSet<string> Reads = ["first", "one", "one_or_none", "scalar", "count", "all", "exists", "first_or_404", "one_or_404", "get", "get_or_404"];
    private static readonly HashSet<string> Writes = ["update", "delete"];
    private static readonly HashSet<string> SessionWrites = ["add", "add_all", "merge"];

    public static IReadOnlyList<Effect> Effects(CallExpression call, IrExpression target, string method, IScope scope)
    {
        if (!Reads.Contains(method) && !Writes.Contains(method) && !SessionWrites.Contains(method)) return [];
        if (QueriedModel(target) is { } query)
        {
            var table = Table(query.Model);
            if (Reads.Contains(method)) return [new Effect(query.Locked ? EffectKind.AtomicCheckAndAct : EffectKind.Read, call, table, Detail: "SELECT")];
            return Writes.Contains(method) ? [new Effect(EffectKind.Write, call, table, Detail: method.ToUpperInvariant())] : [];
        }
        if (!target.SourceCode.Contains("session", StringComparison.OrdinalIgnoreCase)) return [];
        if (method == "get" && call.Arguments is [{ Name: null, Value: var model }, ..] && IsModelName(model))
            return [new Effect(EffectKind.Read, call, Table(model), Detail: "SELECT")];
        if (!SessionWrites.Contains(method) || call.Arguments.Count == 0) return [];
        var added = call.Arguments[0].Value;
        var made = added is NameExpression { Name: var local } ? scope.ValueOf(local, call) : added;
        return made is CallExpression { Callee: var constructor } && IsModelName(constructor)
            ? [new Effect(EffectKind.Write, call, Table(constructor), Detail: "INSERT")]
            : [];
    }

    /// <summary>The model a query chain selects from, and whether it locks the rows: <c>session.query(M)…</c> or
    /// <c>M.query…</c>.</summary>
    private static (IrExpression Model, bool Locked)? QueriedModel(IrExpression chain)
    {
        var locked = false;
        for (var node = chain; ;)
        {
            switch (node)
            {
                case CallExpression { Callee: MemberAccess { Member: "query", Target: var session }, Arguments: [{ Name: null, Value: var model }, ..] }
                    when IsModelName(model) && session.SourceCode.Contains("session", StringComparison.OrdinalIgnoreCase):
                    return (model, locked);
                case MemberAccess { Member: "query", Target: var model } when IsModelName(model):
                    return (model, locked);
                case CallExpression { Callee: MemberAccess { Member: var step, Target: var inner } }:
                    locked |= step == "with_for_update";
                    node = inner;
                    break;
                case MemberAccess { Target: var inner }:
                    node = inner;
                    break;
                default:
                    return null;
            }
        }
    }

    /// <summary>A class name as Python code spells one: <c>User</c>, <c>models.User</c>.</summary>
    private static bool IsModelName(IrExpression expression) => expression switch
    {
        NameExpression { Name: var name } => name.Length > 0 && char.IsUpper(name[0]),
        MemberAccess { Member: var name } => name.Length > 0 && char.IsUpper(name[0]),
        _ => false,
    };

    private static Resource Table(IrExpression model) => ModelTable(model is MemberAccess { Member: var member } ? member : model.SourceCode);

    /// <summary>The table of an ORM model class, Django's or SQLAlchemy's: the class name is its identity.</summary>
    public static Resource ModelTable(string model) => new(ResourceKind.SqlTable, "model:" + model, model);
}
