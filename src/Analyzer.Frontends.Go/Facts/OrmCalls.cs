using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Frontends.Go.Facts;

/// <summary>
/// Go's ORMs, gorm and xorm: a call chain on a <c>*gorm.DB</c> or on an xorm engine or session reads a table when it
/// ends in a finder (gorm's <c>First</c>, <c>Take</c>, <c>Last</c>, <c>Find</c>, <c>Count</c>; xorm's <c>Get</c>,
/// <c>Exist</c>, <c>Find</c>, <c>Count</c>) and writes it when it ends in <c>Create</c>, <c>Insert</c>, <c>Save</c>,
/// <c>Update</c> or <c>Delete</c>. The table is the chain's model (<c>Model(&amp;T{})</c>, <c>Table("t")</c>,
/// <c>Table(new(T))</c>) or else the type of the value the call reads into or writes (<c>Find(&amp;row)</c>,
/// <c>Create(&amp;T{…})</c>). Both ORMs name a type's table by its name in snake case, gorm in the plural, so
/// <c>TeamUser</c>, <c>"team_user"</c> and <c>"team_users"</c> are one table. A chain that locks the rows it reads
/// (gorm's <c>Clauses(clause.Locking{…})</c>, xorm's <c>ForUpdate()</c>) checks them for the transaction, and a
/// create with an upsert clause (<c>Clauses(clause.OnConflict{…})</c>) checks and writes in one statement.
/// </summary>
internal static class OrmCalls
{
    private static readonly HashSet<string> Finders = ["First", "Take", "Last", "Find", "Count", "Pluck", "Get", "Exist"];
    private static readonly Dictionary<string, string> Writers = new(StringComparer.Ordinal)
    {
        ["Create"] = "INSERT", ["CreateInBatches"] = "INSERT", ["Insert"] = "INSERT", ["InsertOne"] = "INSERT",
        ["Save"] = "UPDATE", ["Update"] = "UPDATE", ["Updates"] = "UPDATE", ["UpdateColumn"] = "UPDATE", ["UpdateColumns"] = "UPDATE",
        ["Delete"] = "DELETE",
    };
    private static readonly string[] Handles = ["gorm.DB", "xorm.Engine", "xorm.EngineGroup", "xorm.Session"];

    /// <summary>What the ORM call does to its table; null when the call is not one.</summary>
    public static IReadOnlyList<Effect>? Effects(CallExpression call, IrExpression target, string method, IScope scope)
    {
        var verb = Finders.Contains(method) ? "SELECT" : Writers.GetValueOrDefault(method);
        if (verb is null || Steps(target, scope) is not { } steps) return null;
        var model = steps.Select(step => step is { Callee: MemberAccess { Member: "Model" or "Table" }, Arguments: [var of, ..] } ? TableOf(of.Value, scope) : null).LastOrDefault(t => t is not null)
                    ?? (call.Arguments.Count > 0 ? TableOf(call.Arguments[0].Value, scope) : null);
        if (model is null) return null;
        var table = new Resource(ResourceKind.SqlTable, "sql:" + Identity(model), model);
        var clauses = steps.Where(s => s.Callee is MemberAccess { Member: "Clauses" or "ForUpdate" }).Select(s => s.SourceCode).ToList();
        if (verb == "SELECT")
        {
            var locked = clauses.Any(c => c.Contains("Locking", StringComparison.Ordinal) || c.Contains("ForUpdate", StringComparison.Ordinal));
            return [new Effect(locked ? EffectKind.AtomicCheckAndAct : EffectKind.Read, call, table, Detail: verb, LocksRows: locked)];
        }
        return verb == "INSERT" && clauses.Any(c => c.Contains("OnConflict", StringComparison.Ordinal))
            ? [new Effect(EffectKind.AtomicCheckAndAct, call, table, Detail: "INSERT … ON CONFLICT")]
            : [new Effect(EffectKind.Write, call, table, Detail: verb)];
    }

    // The calls of the chain before the last one, when it starts at an ORM handle: a parameter, field or top-level
    // variable declared with its type, or a local given such a chain earlier (sess := x.NewSession()).
    private static List<CallExpression>? Steps(IrExpression target, IScope scope)
    {
        var steps = new List<CallExpression>();
        for (var node = target; steps.Count < 64;)
        {
            switch (node)
            {
                case CallExpression { Callee: MemberAccess { Target: var inner } } step:
                    steps.Add(step);
                    node = inner;
                    break;
                case NameExpression { Name: var name } when scope.Function.Parameters.FirstOrDefault(p => p.Name == name) is { TypeText: { } declared }:
                    return IsHandle(declared) ? steps : null;
                case NameExpression { Name: var local } when scope.FieldOf(node) is null && scope.ValueOf(local, node) is CallExpression given:
                    node = given;
                    break;
                default:
                    return scope.FieldOf(node)?.TypeText is { } type && IsHandle(type) ? steps : null;
            }
        }
        return null;
    }

    private static bool IsHandle(string type) => Handles.Any(h => type.Contains(h, StringComparison.Ordinal));

    // A table named in a string, or the type of the model value (&T{…}, new(T), a variable declared with T or []T).
    private static string? TableOf(IrExpression value, IScope scope) => value switch
    {
        LiteralExpression { LiteralKind: LiteralKind.String, Value: var name } => name,
        UnaryExpression { Operator: "&", Operand: NameExpression named } => scope.DeclaredTypeOf(named) ?? DeclaredWith(named, scope),
        _ => scope.Package.Facts.CreatedType(value) ?? scope.DeclaredTypeOf(value) ?? DeclaredWith(value, scope),
    };

    // The model type a `var u User` or `var users []User` of the function declares its variable with.
    private static string? DeclaredWith(IrExpression value, IScope scope) =>
        value is NameExpression && scope.DeclaredTypeText(value) is { } type ? GoTypeNames.Base(GoTypeNames.Element(type) ?? type) : null;

    // "TeamUser", "team_user" and "team_users" name one table.
    private static string Identity(string table)
    {
        var name = table.Replace("_", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        return name.Length > 1 && name.EndsWith('s') ? name[..^1] : name;
    }
}
