using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;
using Analyzer.Core.Semantics.Sql;

namespace Analyzer.Frontends.Java.Facts;

/// <summary>
/// JDBC: a statement's <c>executeQuery</c>, <c>executeUpdate</c> or <c>execute</c> runs the SQL it is given, or the SQL
/// its <c>PreparedStatement</c> was prepared with (<c>conn.prepareStatement("SELECT …")</c>, through a local or a
/// field). A SELECT reads the table (one with FOR UPDATE or FOR SHARE locks what it read), an INSERT, UPDATE or
/// DELETE writes it (an upsert decides by itself), and <c>setAutoCommit(false)</c> starts a transaction, which locks
/// nothing. The SQL text is the literal, or the literal a concatenation starts with.
/// </summary>
internal static class JdbcCalls
{
    private static readonly HashSet<string> Executions = ["executeQuery", "executeUpdate", "execute", "executeLargeUpdate"];

    public static IReadOnlyList<Effect> Effects(CallExpression call, IrExpression target, string method, IScope scope)
    {
        if (method == "setAutoCommit" && call.Arguments is [{ Value: LiteralExpression { LiteralKind: LiteralKind.Boolean, Value: "false" } }])
            return [new Effect(EffectKind.TransactionBegin, call, Detail: "setAutoCommit(false)")];
        if (!Executions.Contains(method)) return [];
        var sql = call.Arguments.Count > 0 ? Text(call.Arguments[0].Value, scope) : PreparedText(target, scope);
        if (sql is not null && DatabaseLockStatement.Of(sql) is { } lockStep) return [new Effect(lockStep, call, Lock: DatabaseLockStatement.LockName, Detail: sql.Trim())];
        if (sql is null || SqlStatement.Parse(sql, Placeholders.None()) is not { Table: { } table } statement) return [];
        var resource = new Resource(ResourceKind.SqlTable, "sql:" + table, table);
        var verb = statement.Verb.ToString().ToUpperInvariant();
        if (statement.Verb == SqlVerb.Select)
            return [new Effect(statement.LocksRows ? EffectKind.AtomicCheckAndAct : EffectKind.Read, call, resource, Detail: statement.LocksRows ? "SELECT ... FOR UPDATE" : verb, LocksRows: statement.LocksRows)];
        return [new Effect(statement.IsUpsert ? EffectKind.AtomicCheckAndAct : EffectKind.Write, call, resource, Detail: verb)];
    }

    /// <summary>The SQL a prepared statement was made with: the value of the local or field it is held in.</summary>
    private static string? PreparedText(IrExpression statement, IScope scope)
    {
        var made = statement is NameExpression { Name: var name } ? scope.ValueOf(name, statement) : scope.FieldOf(statement)?.Initializer;
        return made is CallExpression { Callee: MemberAccess { Member: "prepareStatement" or "prepareCall" }, Arguments: [var sql, ..] } ? Text(sql.Value, scope) : null;
    }

    private static string? Text(IrExpression sql, IScope scope) => sql switch
    {
        LiteralExpression { LiteralKind: LiteralKind.String, Value: var text } => text,
        BinaryExpression { Operator: "+", Left: var head } => Text(head, scope),
        NameExpression { Name: var name } when scope.ValueOf(name, sql) is { } value and not NameExpression => Text(value, scope),
        _ => null,
    };
}
