using System.Text.RegularExpressions;
using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;
using Analyzer.Core.Semantics.Sql;

namespace Analyzer.Frontends.Python.Facts;

/// <summary>
/// The text of a query as Python builds it — a literal, `"..." % args`, `"...".format(args)`, an f-string, or a
/// name assigned from one of those — with the format arguments that fill its placeholders.
/// </summary>
internal sealed class QueryText(string text, Regex placeholder, IReadOnlyList<IrExpression> arguments)
{
    public string Text { get; } = text;
    public Regex Placeholder { get; } = placeholder;

    /// <summary>The expression that fills placeholder <paramref name="slot"/>.</summary>
    public IrExpression? Argument(int slot) => slot < arguments.Count ? arguments[slot] : null;

    public static QueryText? Of(IrExpression expression, IScope scope, int depth = 0)
    {
        switch (expression)
        {
            case LiteralExpression { LiteralKind: LiteralKind.String, Value: var text }:
                return new QueryText(text, Placeholders.None(), []);
            case BinaryExpression { Operator: "%", Left: LiteralExpression { LiteralKind: LiteralKind.String, Value: var format }, Right: var args }:
                return new QueryText(format, Placeholders.PercentS(), args is CollectionExpression { CollectionKind: CollectionKind.Tuple } tuple ? tuple.Elements : [args]);
            case CallExpression { Callee: MemberAccess { Target: LiteralExpression { LiteralKind: LiteralKind.String, Value: var format }, Member: "format" }, Arguments: var args }:
                return new QueryText(format, Placeholders.Braces(), args.Where(a => a.Name is null).Select(a => a.Value).ToList());
            case InterpolatedString interpolated:
                var parts = interpolated.Parts.Select(p => p is LiteralExpression { Value: var v } ? v.Replace("{", "{{", StringComparison.Ordinal) : "{}");
                return new QueryText(string.Concat(parts), Placeholders.Braces(), interpolated.Parts.Where(p => p is not LiteralExpression).ToList());
            case NameExpression { Name: var name } when depth < 3 && scope.ValueOf(name, expression) is { } value:
                return Of(value, scope, depth + 1);
            // SQLAlchemy's text("SELECT …") wraps the query text for a session or connection to run.
            case CallExpression { Callee: NameExpression { Name: "text" } or MemberAccess { Member: "text" }, Arguments: [{ Name: null, Value: var wrapped }] } when depth < 3:
                return Of(wrapped, scope, depth + 1);
            // A module-level name given the query text that no code changes (INSERT_SQL = "INSERT …").
            case NameExpression { Name: var name } when depth < 3 && scope.Package.GlobalOf(expression.Module, name) is { Initializer: LiteralExpression constant }
                                                        && !scope.Package.MayChange(name):
                return Of(constant, scope, depth + 1);
            default:
                return null;
        }
    }

    /// <summary>The table a placeholder argument names: the receiver field it is built from (self._table), so two
    /// queries that quote the same field differently still name one table; else the argument's normalized text.</summary>
    public static Resource TableResource(IrExpression argument, IScope scope, int depth = 0)
    {
        if (argument is NameExpression { Name: var name } && depth < 3 && scope.ValueOf(name, argument) is { } value)
            return TableResource(value, scope, depth + 1);
        var field = argument.DescendantsAndSelf().OfType<MemberAccess>().FirstOrDefault(m => scope.IsReceiver(m.Target));
        return field is not null
            ? new Resource(ResourceKind.SqlTable, "sql:" + scope.Normalize(field), field.SourceCode)
            : new Resource(ResourceKind.SqlTable, "sql:" + scope.Normalize(argument), argument.SourceCode);
    }
}
