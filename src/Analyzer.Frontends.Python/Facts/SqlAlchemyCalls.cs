using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Frontends.Python.Facts;

/// <summary>
/// SQLAlchemy's ORM (and Flask-SQLAlchemy's <c>Model.query</c>): a query's terminal call reads the model's table
/// (<c>session.query(User).filter_by(name=n).first()</c>, <c>User.query.filter_by(name=n).one_or_none()</c>,
/// <c>session.get(User, id)</c>), a query's <c>update()</c>/<c>delete()</c> and a session's <c>add(User(…))</c>/<c>merge</c>
/// write it, and a query with <c>with_for_update()</c> locks the rows it reads. In the 2.0 style a session runs a
/// statement (<c>session.execute(select(User).where(…))</c>, <c>session.scalar(…)</c>, <c>session.scalars(…)</c>): a
/// <c>select</c> reads the table when it runs, an <c>insert</c>, <c>update</c> or <c>delete</c> writes it, and an insert
/// with <c>on_conflict_do_nothing()</c>/<c>on_conflict_do_update()</c> checks and writes in one statement. The table is
/// named by the model class, the same identity Django's ORM uses.
/// </summary>
internal static class SqlAlchemyCalls
{
    private static readonly HashSet<string> Reads = ["first", "one", "one_or_none", "scalar", "count", "all", "exists", "first_or_404", "one_or_404", "get", "get_or_404"];
    private static readonly HashSet<string> Writes = ["update", "delete"];
    private static readonly HashSet<string> SessionWrites = ["add", "add_all", "merge"];
    private static readonly HashSet<string> SessionRuns = ["execute", "scalar", "scalars"];
    private static readonly HashSet<string> Upserts = ["on_conflict_do_nothing", "on_conflict_do_update", "on_duplicate_key_update"];

    public static IReadOnlyList<Effect> Effects(CallExpression call, IrExpression target, string method, IScope scope)
    {
        if (SessionRuns.Contains(method) && IsSession(target, scope) && StatementEffects(call, scope) is { Count: > 0 } run) return run;
        if (method is "commit" or "flush" && IsSession(target, scope)) return ChangedRows(call, scope);
        if (method == "delete" && IsSession(target, scope) && call.Arguments is [{ Name: null, Value: NameExpression { Name: var removed } }]
            && scope.ValueOf(removed, call) is CallExpression loaded && ModelLoaded(loaded, scope) is { } deletedModel)
            return [new Effect(EffectKind.Write, call, Table(deletedModel, scope), Detail: "DELETE")];
        if (!Reads.Contains(method) && !Writes.Contains(method) && !SessionWrites.Contains(method)) return [];
        if (QueriedModel(target, scope) is { } query)
        {
            var table = Table(query.Model, scope);
            if (Reads.Contains(method)) return [new Effect(query.Locked ? EffectKind.AtomicCheckAndAct : EffectKind.Read, call, table, Detail: "SELECT", LocksRows: query.Locked)];
            return Writes.Contains(method) ? [new Effect(EffectKind.Write, call, table, Detail: method.ToUpperInvariant())] : [];
        }
        if (!IsSession(target, scope)) return [];
        if (method == "get" && call.Arguments is [{ Name: null, Value: var model }, ..] && IsModelName(model, scope))
            return [new Effect(EffectKind.Read, call, Table(model, scope), Detail: "SELECT")];
        if (!SessionWrites.Contains(method) || call.Arguments.Count == 0) return [];
        var added = call.Arguments[0].Value;
        var made = added is NameExpression { Name: var local } ? scope.ValueOf(local, call) : added;
        return made is CallExpression { Callee: var constructor } && IsModelName(constructor, scope)
            ? [new Effect(EffectKind.Write, call, Table(constructor, scope), Detail: "INSERT")]
            : [];
    }

    /// <summary>What a commit or flush writes: the rows of loaded instances whose attributes the function set before
    /// it (<c>account = session.get(Account, pk); account.balance -= n; session.commit()</c> is an UPDATE of Account).</summary>
    private static IReadOnlyList<Effect> ChangedRows(CallExpression call, IScope scope)
    {
        if (scope.Function.Body is not { } body) return [];
        return body.DescendantsAndSelf().OfType<Assignment>()
            .Where(a => a.Span.EndOffset <= call.Span.StartOffset)
            .SelectMany(a => a.Targets.OfType<MemberAccess>())
            .Select(t => t.Target is NameExpression { Name: var local }
                ? scope.ValueOf(local, t) is { } value && Unawaited(value) is CallExpression loaded ? ModelLoaded(loaded, scope) : RowsOfQuery(LoopItems.Source(t, local)) is { } rows ? QueriedModel(rows, scope)?.Model : null
                : null)
            .OfType<IrExpression>()
            .DistinctBy(m => Table(m, scope).Key)
            .Select(m => new Effect(EffectKind.Write, call, Table(m, scope), Detail: "UPDATE"))
            .ToList();
    }

    /// <summary>The model whose row <paramref name="call"/> loads: a query's <c>first()</c>, <c>one()</c>,
    /// <c>one_or_none()</c> or <c>get()</c>, <c>session.get(Model, id)</c>, or a row a session's <c>select</c> answers
    /// (<c>(await session.execute(select(Model).where(…))).scalar_one_or_none()</c>, <c>.scalars().first()</c>,
    /// <c>session.scalar(select(Model)…)</c>).</summary>
    private static IrExpression? ModelLoaded(CallExpression call, IScope scope) => call switch
    {
        { Callee: MemberAccess { Member: "first" or "one" or "one_or_none" or "get" or "first_or_404" or "one_or_404" or "get_or_404", Target: var chain } }
            when QueriedModel(chain, scope) is var (model, _) => model,
        { Callee: MemberAccess { Member: "get", Target: var session }, Arguments: [{ Name: null, Value: var model }, ..] }
            when IsSession(session, scope) && IsModelName(model, scope) => model,
        _ => ModelSelected(call, scope),
    };

    private static IrExpression? ModelSelected(CallExpression call, IScope scope)
    {
        IrExpression node = call;
        while (node is CallExpression { Callee: MemberAccess { Member: "scalar_one_or_none" or "scalar_one" or "scalars" or "first" or "one" or "one_or_none", Target: var result } })
            node = Unawaited(result);
        return node is CallExpression { Callee: MemberAccess { Member: "execute" or "scalar", Target: var session } } run && IsSession(session, scope)
               && RunStatement(run, scope) is { Verb: "select" } statement
            ? statement.Model
            : null;
    }

    private static IrExpression Unawaited(IrExpression value) => value is UnaryExpression { Operator: "await", Operand: var awaited } ? awaited : value;

    /// <summary>The query whose rows <paramref name="items"/> lists (<c>session.query(Account)</c> for
    /// <c>session.query(Account).all()</c>, what <c>for a in …:</c> runs over); null for anything else.</summary>
    private static IrExpression? RowsOfQuery(IrExpression? items) =>
        items is CallExpression { Callee: MemberAccess { Member: "all", Target: var chain } } ? chain : null;

    /// <summary>True for <c>with session.begin():</c>, the block a session's transaction spans.</summary>
    public static bool BeginsTransaction(IrExpression context, IScope scope) =>
        context is CallExpression { Callee: MemberAccess { Member: "begin", Target: var session }, Arguments.Count: 0 } && IsSession(session, scope);

    // A session by its name (session, db_session, self.Session()), or by the type a parameter, field or local is declared
    // with (db: AsyncSession, db: Session).
    private static bool IsSession(IrExpression target, IScope scope) =>
        target.SourceCode.Contains("session", StringComparison.OrdinalIgnoreCase) || scope.DeclaredTypeOf(target) is { } type && type.EndsWith("Session", StringComparison.Ordinal);

    /// <summary>What a statement a session runs does to its model's table; the statement may be built in a local
    /// first (<c>stmt = select(User).where(…)</c>).</summary>
    private static IReadOnlyList<Effect> StatementEffects(CallExpression call, IScope scope)
    {
        if (RunStatement(call, scope) is not { } statement) return [];
        var table = Table(statement.Model, scope);
        return statement.Verb switch
        {
            "select" => [new Effect(statement.Locked ? EffectKind.AtomicCheckAndAct : EffectKind.Read, call, table, Detail: "SELECT", LocksRows: statement.Locked)],
            "insert" when statement.Upsert => [new Effect(EffectKind.AtomicCheckAndAct, call, table, Detail: "INSERT … ON CONFLICT")],
            _ => [new Effect(EffectKind.Write, call, table, Detail: statement.Verb.ToUpperInvariant())],
        };
    }

    private static (string Verb, IrExpression Model, bool Locked, bool Upsert)? RunStatement(CallExpression run, IScope scope)
    {
        if (run.Arguments is not [{ Name: null, Value: var argument }, ..]) return null;
        var built = argument is NameExpression { Name: var local } ? scope.ValueOf(local, run) : argument;
        return built is null ? null : Statement(built, scope);
    }

    /// <summary>A statement built by <c>select</c>, <c>insert</c>, <c>update</c> or <c>delete</c> of a model (or of a
    /// model's column, <c>select(User.id)</c>), with what its chained calls add: a row lock, an upsert.</summary>
    private static (string Verb, IrExpression Model, bool Locked, bool Upsert)? Statement(IrExpression chain, IScope scope)
    {
        var (locked, upsert) = (false, false);
        for (var node = chain; ;)
        {
            switch (node)
            {
                case CallExpression { Callee: var callee, Arguments: [{ Name: null, Value: var selected }, ..] }
                    when StatementVerb(callee) is { } verb && ModelOf(selected, scope) is { } model:
                    return (verb, model, locked, upsert);
                case CallExpression { Callee: MemberAccess { Member: var step, Target: var inner } }:
                    locked |= step == "with_for_update";
                    upsert |= Upserts.Contains(step);
                    node = inner;
                    break;
                default:
                    return null;
            }
        }
    }

    /// <summary>The statement a construct makes: <c>select</c>, <c>insert</c>, <c>update</c> or <c>delete</c>, imported or
    /// through the package (<c>sa.select</c>).</summary>
    private static string? StatementVerb(IrExpression callee) =>
        callee switch
        {
            NameExpression { Name: var name } => name,
            MemberAccess { Member: var name, Target: NameExpression { Name: "sa" or "sqlalchemy" } } => name,
            _ => null,
        } is { } verb && verb is "select" or "insert" or "update" or "delete" ? verb : null;

    /// <summary>The model a query chain selects from, and whether it locks the rows: <c>session.query(M)…</c> or
    /// <c>M.query…</c>.</summary>
    private static (IrExpression Model, bool Locked)? QueriedModel(IrExpression chain, IScope scope)
    {
        var locked = false;
        for (var node = chain; ;)
        {
            switch (node)
            {
                case CallExpression { Callee: MemberAccess { Member: "query", Target: var session }, Arguments: [{ Name: null, Value: var selected }, ..] }
                    when ModelOf(selected, scope) is { } model && IsSession(session, scope):
                    return (model, locked);
                case MemberAccess { Member: "query", Target: var model } when IsModelName(model, scope):
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

    /// <summary>The model a query or statement selects: the model itself, or the model one of its columns belongs to
    /// (<c>User.id</c>).</summary>
    private static IrExpression? ModelOf(IrExpression selected, IScope scope) => selected switch
    {
        _ when IsModelName(selected, scope) => selected,
        MemberAccess { Target: var model } when IsModelName(model, scope) => model,
        _ => null,
    };

    /// <summary>A class name as Python code spells one (<c>User</c>, <c>models.User</c>), the class a class method
    /// is handed (<c>cls</c>), or a parameter the function hands to a session's query as the model it selects (a
    /// generic <c>get_or_create(self, model, **kwargs)</c> that runs <c>session.query(model)</c>): whichever model the
    /// caller passes, the function's queries and inserts of it are of one table.</summary>
    private static bool IsModelName(IrExpression expression, IScope scope) => ModelName(expression, scope) is not null;

    private static string? ModelName(IrExpression expression, IScope scope) => expression switch
    {
        NameExpression { Name: var name } when name.Length > 0 && char.IsUpper(name[0]) => name,
        NameExpression { Name: var name } when ClassMethods.ClassNamedBy(scope.Function, name) is { } owner => owner,
        NameExpression { Name: var name } when IsQueriedParameter(scope.Function, name) => name,
        MemberAccess { Member: var name } when name.Length > 0 && char.IsUpper(name[0]) => name,
        _ => null,
    };

    private static bool IsQueriedParameter(FunctionDecl function, string name) =>
        function.Parameters.Any(p => p.Name == name)
        && function.Body?.DescendantsAndSelf().OfType<CallExpression>().Any(call =>
            call is { Callee: MemberAccess { Member: "query" }, Arguments: [{ Name: null, Value: NameExpression { Name: var queried } }, ..] } && queried == name) == true;

    private static Resource Table(IrExpression model, IScope scope) => ModelTable(ModelName(model, scope) ?? model.SourceCode);

    /// <summary>The table of an ORM model class, Django's or SQLAlchemy's: the class name is its identity.</summary>
    public static Resource ModelTable(string model) => new(ResourceKind.SqlTable, "model:" + model, model);
}
