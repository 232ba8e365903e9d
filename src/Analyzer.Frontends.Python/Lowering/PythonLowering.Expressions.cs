using Analyzer.Core.Ir;
using Analyzer.Frontends.Antlr;
using Analyzer.Frontends.Python.Generated;

namespace Analyzer.Frontends.Python.Lowering;

internal sealed partial class PythonLowering
{
    // ------------------------------------------------------------------------------------------------------------
    // 6.15 Expression lists and starred expressions

    /// <summary>A comma list is a tuple (`a, b` and `a,`); one expression without a comma is itself.</summary>
    private IrExpression StarExpressions(PythonParser.Star_expressionsContext context)
    {
        var items = context.star_expression();
        if (context.COMMA().Length == 0 && items.Length == 1) return StarExpression(items[0]);
        return new CollectionExpression(Span(context), CollectionKind.Tuple, null, items.Select(StarExpression).ToList());
    }

    /// <summary>The items of a comma list, each on its own (return values, paired assignment values).</summary>
    private List<IrExpression> ExpressionList(PythonParser.Star_expressionsContext context) =>
        context.star_expression().Select(StarExpression).ToList();

    private IrExpression StarExpression(PythonParser.Star_expressionContext context)
    {
        if (context.STAR() is not null)
            return new UnaryExpression(Span(context), "*", context.disjunction() is { } d ? Disjunction(d) : Missing(context));
        return context.expression() is { } e ? Expression(e) : Missing(context);
    }

    private IrExpression StarNamedExpression(PythonParser.Star_named_expressionContext context)
    {
        if (context.STAR() is not null)
            return new UnaryExpression(Span(context), "*", context.disjunction() is { } d ? Disjunction(d) : Missing(context));
        return context.named_expression() is { } e ? NamedExpression(e) : Missing(context);
    }

    // 6.12 The walrus operator.
    private IrExpression NamedExpression(PythonParser.Named_expressionContext context)
    {
        switch (context)
        {
            case PythonParser.AssignmentExpressionContext walrus:
            {
                var target = walrus.name() is { } name ? (IrExpression)Name(name) : Missing(context);
                var value = walrus.expression() is { } e ? Expression(e) : Missing(context);
                return new OtherExpression(Span(context), "named expression", [target, value]);
            }
            case PythonParser.PlainNamedExpressionContext plain when plain.expression() is { } e:
                return Expression(e);
            default:
                return Missing(context);
        }
    }

    // 6.13 Conditional expressions and lambdas.
    private IrExpression Expression(PythonParser.ExpressionContext context)
    {
        AntlrParseDriver.GuardDepth();
        if (context.lambdef() is { } lambda) return Lambda(lambda);
        var body = context.body is { } b ? Disjunction(b) : Missing(context);
        if (context.condition is null) return body;
        var condition = Disjunction(context.condition);
        var orElse = context.orelse is { } o ? Expression(o) : Missing(context);
        return new ConditionalExpression(Span(context), condition, body, orElse);
    }

    // ------------------------------------------------------------------------------------------------------------
    // 6.3 - 6.11 Primaries and operators

    private IrExpression Disjunction(PythonParser.DisjunctionContext context)
    {
        AntlrParseDriver.GuardDepth();
        switch (context)
        {
            case PythonParser.AtomExpressionContext atom:
                return atom.atom() is { } a ? Atom(a) : Missing(context);
            case PythonParser.AwaitContext:
                return new UnaryExpression(Span(context), "await", Operand(context, 0));
            case PythonParser.PowerContext:
                return new BinaryExpression(Span(context), "**", Operand(context, 0), Operand(context, 1));
            case PythonParser.UnaryContext unary:
                return new UnaryExpression(Span(context), unary.op?.Text ?? "-", Operand(context, 0));
            case PythonParser.InversionContext:
                return new UnaryExpression(Span(context), "!", Operand(context, 0));
            case PythonParser.ComparisonContext comparison:
                return Comparison(comparison);
            default:
                return IsLeftNested(context) ? LeftSpine(context) : new OtherExpression(Span(context), "expression", []);
        }
    }

    private IrExpression Operand(PythonParser.DisjunctionContext context, int index) =>
        context.GetRuleContext<PythonParser.DisjunctionContext>(index) is { } operand ? Disjunction(operand) : Missing(context);

    /// <summary>The operator of a left-associative binary node, normalized; null for any other node.</summary>
    private static string? BinaryOperator(PythonParser.DisjunctionContext context) => context switch
    {
        PythonParser.TermContext t => t.op?.Text ?? "*",
        PythonParser.SumContext s => s.op?.Text ?? "+",
        PythonParser.ShiftContext s => s.op?.Text ?? "<<",
        PythonParser.BitwiseAndContext => "&",
        PythonParser.BitwiseXorContext => "^",
        PythonParser.BitwiseOrContext => "|",
        PythonParser.ConjunctionContext => "&&",
        PythonParser.BooleanOrContext => "||",
        _ => null,
    };

    /// <summary>True for the nodes whose first operand nests to the left: attribute, call, subscript and the
    /// left-associative binary operators.</summary>
    private static bool IsLeftNested(PythonParser.DisjunctionContext context) =>
        context is PythonParser.AttributeContext or PythonParser.CallContext or PythonParser.SubscriptContext
        || BinaryOperator(context) is not null;

    /// <summary>A left-nested chain (a.b().c[d], a + b - c, a and b and c), lowered without recursing down its left
    /// spine, so a long chain costs no stack.</summary>
    private IrExpression LeftSpine(PythonParser.DisjunctionContext context)
    {
        var spine = new Stack<PythonParser.DisjunctionContext>();
        var current = context;
        while (IsLeftNested(current) && current.GetRuleContext<PythonParser.DisjunctionContext>(0) is { } left)
        {
            spine.Push(current);
            current = left;
        }
        var result = IsLeftNested(current) ? Missing(current) : Disjunction(current);
        while (spine.Count > 0)
        {
            var node = spine.Pop();
            var span = Span(node);
            result = node switch
            {
                PythonParser.AttributeContext attribute => new MemberAccess(span, result, attribute.name()?.GetText() ?? string.Empty),
                PythonParser.CallContext call => new CallExpression(span, result, Arguments(call.arguments())),
                PythonParser.SubscriptContext subscript => new IndexExpression(span, result, Slices(subscript.slices())),
                _ => new BinaryExpression(span, BinaryOperator(node)!, result, Operand(node, 1)),
            };
        }
        return result;
    }

    /// <summary>6.10 A comparison; a chain a &lt; b &lt;= c is (a &lt; b) &amp;&amp; (b &lt;= c), with b lowered once per comparison.</summary>
    private IrExpression Comparison(PythonParser.ComparisonContext context)
    {
        var operands = new List<PythonParser.DisjunctionContext?>();
        var operators = new List<string>();
        PythonParser.DisjunctionContext? current = context;
        while (current is PythonParser.ComparisonContext comparison)
        {
            operands.Insert(0, comparison.GetRuleContext<PythonParser.DisjunctionContext>(1));
            operators.Insert(0, ComparisonOperator(comparison.comp_op()));
            current = comparison.GetRuleContext<PythonParser.DisjunctionContext>(0);
        }
        operands.Insert(0, current);
        IrExpression? result = null;
        for (var i = 0; i < operators.Count; i++)
        {
            var (left, right) = (operands[i], operands[i + 1]);
            var leftNode = left is null ? Missing(context) : Disjunction(left);
            var rightNode = right is null ? Missing(context) : Disjunction(right);
            var span = left is null || right is null ? Span(context) : Span(left, right);
            var compare = new BinaryExpression(span, operators[i], leftNode, rightNode);
            result = result is null ? compare : new BinaryExpression(result.Span.Union(span), "&&", result, compare);
        }
        return result ?? Missing(context);
    }

    private static string ComparisonOperator(PythonParser.Comp_opContext? context)
    {
        if (context is null) return "==";
        var parts = context.children?.Select(c => c.GetText()) ?? [];
        return string.Join(' ', parts);
    }

    // 6.3.3 Subscriptions and slicings.
    private List<IrExpression> Slices(PythonParser.SlicesContext? context)
    {
        var result = new List<IrExpression>();
        if (context is null) return result;
        foreach (var slice in context.slice())
        {
            switch (slice)
            {
                case PythonParser.StarredSliceContext starred:
                    result.Add(new UnaryExpression(Span(slice), "*", starred.disjunction() is { } d ? Disjunction(d) : Missing(slice)));
                    break;
                case PythonParser.SliceItemContext item when item.colon is null:
                    result.Add(item.lower is { } index ? NamedExpression(index) : Missing(slice));
                    break;
                case PythonParser.SliceItemContext item:
                {
                    var parts = new List<IrNode>();
                    if (item.lower is { } lower) parts.Add(NamedExpression(lower));
                    if (item.upper is { } upper) parts.Add(Expression(upper));
                    if (item.step is { } step) parts.Add(Expression(step));
                    result.Add(new OtherExpression(Span(slice), "slice", parts));
                    break;
                }
            }
        }
        return result;
    }

    // 6.3.4 Calls.
    private List<Argument> Arguments(PythonParser.ArgumentsContext? context)
    {
        var result = new List<Argument>();
        if (context is null) return result;
        var arguments = context.argument();
        foreach (var argument in arguments)
        {
            var span = Span(argument);
            switch (argument)
            {
                case PythonParser.KeywordArgumentContext keyword:
                    result.Add(new Argument(span, keyword.name()?.GetText(), keyword.expression() is { } k ? Expression(k) : Missing(argument), 0));
                    break;
                case PythonParser.StarredArgumentContext starred:
                    result.Add(new Argument(span, null, starred.expression() is { } s ? Expression(s) : Missing(argument), 1));
                    break;
                case PythonParser.DoubleStarredArgumentContext doubleStarred:
                    result.Add(new Argument(span, null, doubleStarred.expression() is { } d ? Expression(d) : Missing(argument), 2));
                    break;
                case PythonParser.PositionalArgumentContext positional:
                {
                    var value = positional.named_expression() is { } e ? NamedExpression(e) : Missing(argument);
                    if (positional.for_if_clauses() is { } clauses)
                    {
                        if (arguments.Length > 1) Error(span, "a generator expression must be parenthesized unless it is the only argument");
                        value = Comprehension(span, CollectionKind.Tuple, value, clauses);
                    }
                    result.Add(new Argument(span, null, value, 0));
                    break;
                }
            }
        }
        return result;
    }

    // ------------------------------------------------------------------------------------------------------------
    // 6.2 Atoms

    private IrExpression Atom(PythonParser.AtomContext context)
    {
        var span = Span(context);
        switch (context)
        {
            case PythonParser.NameAtomContext:
                return new NameExpression(span, context.GetText());
            case PythonParser.ConstantAtomContext:
                var constant = context.GetText();
                return new LiteralExpression(span, constant == "None" ? LiteralKind.Null : LiteralKind.Boolean, constant);
            case PythonParser.NumberAtomContext:
                return Number(span, context.GetText());
            case PythonParser.StringAtomContext strings:
                return strings.strings() is { } s ? Strings(s) : Missing(context);
            case PythonParser.EllipsisAtomContext:
                return new LiteralExpression(span, LiteralKind.Ellipsis, "...");
            case PythonParser.YieldAtomContext yield:
                return yield.yield_expr() is { } y ? Yield(y) : Missing(context);
            case PythonParser.ParenAtomContext paren:
                return Parenthesized(paren);
            case PythonParser.ListAtomContext list:
                return ListDisplay(list);
            case PythonParser.DictOrSetAtomContext display:
                return DictOrSetDisplay(display);
            default:
                return new OtherExpression(span, "atom", []);
        }
    }

    private static LiteralExpression Number(Core.Text.SourceSpan span, string text)
    {
        var kind = text.EndsWith('j') || text.EndsWith('J') ? LiteralKind.Imaginary
            : text.Length > 1 && text[0] == '0' && text[1] is 'x' or 'X' or 'o' or 'O' or 'b' or 'B' ? LiteralKind.Integer
            : text.IndexOfAny(['.', 'e', 'E']) >= 0 ? LiteralKind.Float
            : LiteralKind.Integer;
        return new LiteralExpression(span, kind, text);
    }

    private IrExpression Name(PythonParser.NameContext context) => new NameExpression(Span(context), context.GetText());

    /// <summary>() is an empty tuple, (x) is x, (x,) and (x, y) are tuples, (x for y in z) is a generator.</summary>
    private IrExpression Parenthesized(PythonParser.ParenAtomContext context)
    {
        var span = Span(context);
        if (context.elements() is not { } elements) return new CollectionExpression(span, CollectionKind.Tuple, null, []);
        var items = elements.star_named_expression();
        if (elements.for_if_clauses() is { } clauses)
            return Comprehension(span, CollectionKind.Tuple, items.Length > 0 ? StarNamedExpression(items[0]) : Missing(context), clauses);
        if (elements.COMMA().Length == 0 && items.Length == 1)
        {
            var inner = StarNamedExpression(items[0]);
            if (inner is UnaryExpression { Operator: "*" }) Error(inner.Span, "a starred expression cannot be used here (add a comma to make a tuple)");
            return inner;
        }
        return new CollectionExpression(span, CollectionKind.Tuple, null, items.Select(StarNamedExpression).ToList());
    }

    private IrExpression ListDisplay(PythonParser.ListAtomContext context)
    {
        var span = Span(context);
        if (context.elements() is not { } elements) return new CollectionExpression(span, CollectionKind.List, null, []);
        var items = elements.star_named_expression();
        if (elements.for_if_clauses() is { } clauses)
            return Comprehension(span, CollectionKind.List, items.Length > 0 ? StarNamedExpression(items[0]) : Missing(context), clauses);
        return new CollectionExpression(span, CollectionKind.List, null, items.Select(StarNamedExpression).ToList());
    }

    /// <summary>{} and {k: v, **m} are dicts, {x, *s} a set; the first entry decides, and the rest must agree.</summary>
    private IrExpression DictOrSetDisplay(PythonParser.DictOrSetAtomContext context)
    {
        var span = Span(context);
        if (context.display_entries() is not { } entries) return new CollectionExpression(span, CollectionKind.Dict, null, []);
        var items = entries.display_entry();
        var isDict = items.Length > 0 && IsDictEntry(items[0]);
        if (entries.for_if_clauses() is { } clauses)
        {
            var element = items.Length > 0 ? DisplayEntry(items[0]) : Missing(context);
            if (items.Length > 0 && items[0] is PythonParser.DoubleStarredEntryContext or PythonParser.StarredEntryContext)
                Error(element.Span, "an unpacking cannot be the element of a comprehension");
            return Comprehension(span, isDict ? CollectionKind.Dict : CollectionKind.Set, element, clauses);
        }
        var elements = new List<IrExpression>();
        foreach (var item in items)
        {
            var element = DisplayEntry(item);
            if (IsDictEntry(item) != isDict)
                Error(element.Span, isDict ? "a dict display needs key: value entries (or **mapping)" : "a set display cannot have key: value entries");
            elements.Add(element);
        }
        return new CollectionExpression(span, isDict ? CollectionKind.Dict : CollectionKind.Set, null, elements);
    }

    private static bool IsDictEntry(PythonParser.Display_entryContext entry) =>
        entry is PythonParser.DoubleStarredEntryContext || entry is PythonParser.ExpressionEntryContext { value: not null };

    private IrExpression DisplayEntry(PythonParser.Display_entryContext entry)
    {
        var span = Span(entry);
        switch (entry)
        {
            case PythonParser.DoubleStarredEntryContext doubleStarred:
                return new UnaryExpression(span, "**", doubleStarred.disjunction() is { } d ? Disjunction(d) : Missing(entry));
            case PythonParser.StarredEntryContext starred:
                return new UnaryExpression(span, "*", starred.disjunction() is { } s ? Disjunction(s) : Missing(entry));
            case PythonParser.ExpressionEntryContext { value: { } value } pair:
                return new KeyValueExpression(span, pair.key is { } k ? NamedExpression(k) : Missing(entry), Expression(value));
            case PythonParser.ExpressionEntryContext { key: { } key }:
                return NamedExpression(key);
            default:
                return Missing(entry);
        }
    }

    // 6.2.4 Comprehensions: every for clause's targets and iterable, every if condition.
    private ComprehensionExpression Comprehension(Core.Text.SourceSpan span, CollectionKind kind, IrExpression element, PythonParser.For_if_clausesContext clauses)
    {
        var targets = new List<IrExpression>();
        var iterables = new List<IrExpression>();
        var conditions = new List<IrExpression>();
        foreach (var clause in clauses.for_if_clause())
        {
            if (clause.star_targets() is { } t)
                foreach (var target in StarTargets(t))
                {
                    CheckTarget(target, "assign to");
                    targets.Add(target);
                }
            iterables.Add(clause.iterable is { } iterable ? Disjunction(iterable) : Missing(clause));
            foreach (var condition in clause._conditions) conditions.Add(Disjunction(condition));
        }
        return new ComprehensionExpression(span, kind, element, targets, iterables, conditions);
    }

    // 6.2.9 Yield expressions.
    private IrExpression Yield(PythonParser.Yield_exprContext context)
    {
        var span = Span(context);
        if (context.FROM() is not null)
            return new OtherExpression(span, "yield from", [context.expression() is { } e ? Expression(e) : Missing(context)]);
        return new OtherExpression(span, "yield", context.star_expressions() is { } values ? [StarExpressions(values)] : []);
    }

    // 6.14 Lambdas: the body expression becomes a return.
    private FunctionLiteral Lambda(PythonParser.LambdefContext context)
    {
        var parameters = new List<Parameter>();
        foreach (var item in context.lambda_params()?.lambda_param_item() ?? [])
        {
            switch (item)
            {
                case PythonParser.LambdaPlainParamContext plain:
                    parameters.Add(new Parameter(Span(item), plain.name()?.GetText() ?? string.Empty, null,
                        plain.defaultValue is { } d ? Expression(d) : null));
                    break;
                case PythonParser.LambdaStarParamContext star when star.name() is { } name:
                    parameters.Add(new Parameter(Span(item), name.GetText(), null, null));
                    break;
                case PythonParser.LambdaDoubleStarParamContext doubleStar when doubleStar.name() is { } name:
                    parameters.Add(new Parameter(Span(item), name.GetText(), null, null));
                    break;
            }
        }
        var body = context.expression() is { } e ? Expression(e) : Missing(context);
        var @return = new ReturnStatement(body.Span, [body]);
        return new FunctionLiteral(Span(context), parameters, new Block(body.Span, [@return]));
    }

    // ------------------------------------------------------------------------------------------------------------
    // 7.2 Targets of for loops, comprehensions, with items and del: flattened tuple and list targets.

    private List<IrExpression> StarTargets(PythonParser.Star_targetsContext context)
    {
        var result = new List<IrExpression>();
        foreach (var target in context.star_target()) Flatten(StarTarget(target), result);
        return result;
    }

    private IrExpression StarTarget(PythonParser.Star_targetContext context)
    {
        var primary = context.t_primary() is { } p ? TargetPrimary(p) : Missing(context);
        return context.STAR() is not null ? new UnaryExpression(Span(context), "*", primary) : primary;
    }

    private IrExpression TargetPrimary(PythonParser.T_primaryContext context)
    {
        AntlrParseDriver.GuardDepth();
        var span = Span(context);
        switch (context)
        {
            case PythonParser.TargetAttributeContext attribute:
                return new MemberAccess(span, Inner(attribute.t_primary()), attribute.name()?.GetText() ?? string.Empty);
            case PythonParser.TargetCallContext call:
                return new CallExpression(span, Inner(call.t_primary()), Arguments(call.arguments()));
            case PythonParser.TargetSubscriptContext subscript:
                return new IndexExpression(span, Inner(subscript.t_primary()), Slices(subscript.slices()));
            case PythonParser.TargetAtomContext atom:
                return atom.atom() is { } a ? Atom(a) : Missing(context);
            default:
                return Missing(context);
        }

        IrExpression Inner(PythonParser.T_primaryContext? inner) => inner is null ? Missing(context) : TargetPrimary(inner);
    }
}
